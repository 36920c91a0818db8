package io.boto4j.services.internal.ssooidc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.AttemptContext;
import io.boto4j.core.plugin.AttemptResponse;
import io.boto4j.core.plugin.Hook;
import io.boto4j.core.plugin.PluginSetup;
import io.boto4j.core.plugin.ServicePlugin;
import io.boto4j.core.transport.Publishers;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletionStage;

/**
 * SSO OIDC, as botocore's {@code _map_oauth2_errors} reads its errors: the service follows
 * OAuth 2.0 and explains an error in {@code error_description}, where the JSON protocol looks for
 * {@code message}; when the error has no message of its own, the description becomes it.
 */
public final class SsoOidcPlugin implements ServicePlugin {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "io.boto4j.services.ssooidc";
    }

    @Override
    public boolean appliesTo(ServiceModel service) {
        return "sso-oidc".equals(service.serviceName());
    }

    @Override
    public void configure(PluginSetup setup) {
        setup.addHook(new Hook() {
            @Override
            public CompletionStage<Void> onResponse(AttemptContext attempt) {
                AttemptResponse response = attempt.response();
                if (response.statusCode() < 400) {
                    return CONTINUE;
                }
                return response.bufferBody().thenAccept(body -> {
                    byte[] mapped = withMessage(body);
                    if (mapped != null) {
                        response.body(Publishers.just(ByteBuffer.wrap(mapped)));
                    }
                });
            }
        });
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
