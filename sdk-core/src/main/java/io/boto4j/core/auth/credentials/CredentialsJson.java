package io.boto4j.core.auth.credentials;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.auth.Credentials;
import io.boto4j.core.protocol.support.BoundedJackson;

/**
 * Reads the JSON documents that credential processes, the container endpoint and IMDS return.
 * Errors name the missing field but never include the document, which holds the secret.
 */
final class CredentialsJson {
    private static final ObjectMapper MAPPER = BoundedJackson.jsonMapper().build();

    private CredentialsJson() {
    }

    static JsonNode parse(String body, String source) {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw new CredentialsException(source + " did not return a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new CredentialsException(source + " returned invalid JSON (line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")");
        }
    }

    /**
     * Credentials from {@code AccessKeyId}, {@code SecretAccessKey}, the named token field,
     * optional {@code Expiration} and {@code AccountId}.
     */
    static Credentials credentials(JsonNode node, String tokenField, boolean tokenRequired, String source) {
        String accessKey = required(node, "AccessKeyId", source);
        String secretKey = required(node, "SecretAccessKey", source);
        String token = tokenRequired ? required(node, tokenField, source) : optional(node, tokenField);
        Credentials credentials = Credentials.of(accessKey, secretKey, token);
        String expiration = optional(node, "Expiration");
        if (expiration != null) {
            credentials = credentials.withExpiration(Timestamps.parse(expiration, source));
        }
        String accountId = optional(node, "AccountId");
        return accountId != null ? credentials.withAccountId(accountId) : credentials;
    }

    static String required(JsonNode node, String field, String source) {
        String value = optional(node, field);
        if (value == null || value.isEmpty()) {
            throw new CredentialsException(source + ": missing required key in response: " + field);
        }
        return value;
    }

    /**
     * A field's text (a number's as written), or null when absent. An object or array where
     * text belongs is refused, naming only the field: the document holds secrets.
     */
    static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isContainerNode()) {
            throw new CredentialsException("credential document field " + field + " is not a string");
        }
        return value.asText();
    }
}
