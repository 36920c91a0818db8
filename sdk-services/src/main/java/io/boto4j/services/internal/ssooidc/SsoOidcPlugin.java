package io.boto4j.services.internal.ssooidc;

import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.AttemptContext;
import io.boto4j.core.plugin.AttemptResponse;
import io.boto4j.core.plugin.Hook;
import io.boto4j.core.plugin.PluginSetup;
import io.boto4j.core.plugin.ServicePlugin;
import io.boto4j.core.transport.Publishers;

import java.nio.ByteBuffer;
import java.util.concurrent.CompletionStage;

/**
 * SSO OIDC, as botocore's {@code _map_oauth2_errors} reads its errors: the service follows
 * OAuth 2.0 and explains an error in {@code error_description}, where the JSON protocol looks for
 * {@code message}; when the error has no message of its own, the description becomes it.
 */
public final class SsoOidcPlugin implements ServicePlugin {
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
                    byte[] mapped = OAuthErrors.withMessage(body);
                    if (mapped != null) {
                        response.body(Publishers.just(ByteBuffer.wrap(mapped)));
                    }
                });
            }
        });
    }
}
