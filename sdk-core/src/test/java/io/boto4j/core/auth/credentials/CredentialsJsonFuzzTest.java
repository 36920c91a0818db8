package io.boto4j.core.auth.credentials;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.fuzz.Dialect;
import io.boto4j.core.fuzz.FuzzRun;
import io.boto4j.core.fuzz.Mutator;
import io.boto4j.core.fuzz.TypeSwappers;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Seeded fuzzing of the reader of the credential documents that processes, the container
 * endpoint, IMDS and the SSO token cache return: a mutant of a valid document is read as
 * credentials or refused with a {@link CredentialsException}, never anything else.
 */
class CredentialsJsonFuzzTest {
    private static final List<byte[]> VALID = List.of(
            ("{\"Version\": 1, \"AccessKeyId\": \"AKIDEXAMPLE\", \"SecretAccessKey\": \"wJalrXUtnFEMI/K7MDENG\","
                    + " \"SessionToken\": \"token\", \"Expiration\": \"2030-01-01T00:00:00Z\"}").getBytes(StandardCharsets.UTF_8),
            ("{\"Code\": \"Success\", \"AccessKeyId\": \"AKID\", \"SecretAccessKey\": \"s\", \"Token\": \"t\","
                    + " \"Expiration\": \"2030-01-01T00:00:00\", \"AccountId\": \"123456789012\"}").getBytes(StandardCharsets.UTF_8),
            "{\"accessToken\": \"abc\", \"expiresAt\": \"2030-01-01T00:00:00Z\", \"region\": \"us-east-1\"}"
                    .getBytes(StandardCharsets.UTF_8));

    @Test
    void credentialDocuments() {
        Mutator mutator = new Mutator(Dialect.JSON, TypeSwappers.json());
        new FuzzRun("credentials-json", random -> {
            byte[] body = mutator.mutate(VALID.get(random.nextInt(VALID.size())),
                    () -> VALID.get(random.nextInt(VALID.size())), random);
            boolean tokenRequired = random.nextBoolean();
            return new FuzzRun.Input("credential document", body, () -> {
                JsonNode node = CredentialsJson.parse(new String(body, StandardCharsets.UTF_8), "fuzz");
                CredentialsJson.credentials(node, tokenRequired ? "Token" : "SessionToken", tokenRequired, "fuzz");
            });
        }, t -> t instanceof CredentialsException).run();
    }
}
