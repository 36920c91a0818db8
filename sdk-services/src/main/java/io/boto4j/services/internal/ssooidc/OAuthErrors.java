package io.boto4j.services.internal.ssooidc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;

/**
 * OAuth 2.0 error documents made into the JSON protocol's: apart from the plugin so that its
 * mapper is made when an SSO OIDC error first arrives, not when the plugin is loaded for every
 * client of every service.
 */
final class OAuthErrors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OAuthErrors() {
    }

    /** The error document with {@code Message} set from {@code error_description}, or null to leave it. */
    static byte[] withMessage(byte[] body) {
        JsonNode error;
        try {
            error = JSON.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
        if (!(error instanceof ObjectNode document)) {
            return null;
        }
        JsonNode description = document.get("error_description");
        if (!truthy(description) || truthy(document.has("Message") ? document.get("Message") : document.get("message"))) {
            return null;
        }
        document.set("Message", description);
        try {
            return JSON.writeValueAsBytes(document);
        } catch (IOException e) {
            return null;
        }
    }

    /** Python's truth of a JSON value: not null, not false, not zero, not empty. */
    private static boolean truthy(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.doubleValue() != 0;
        }
        if (value.isTextual()) {
            return !value.textValue().isEmpty();
        }
        return value.size() > 0;
    }
}
