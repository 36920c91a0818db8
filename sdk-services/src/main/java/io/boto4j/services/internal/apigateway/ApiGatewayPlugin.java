package io.boto4j.services.internal.apigateway;

import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.Hook;
import io.boto4j.core.plugin.PluginSetup;
import io.boto4j.core.plugin.ServicePlugin;

import java.util.concurrent.CompletionStage;

/**
 * API Gateway, as botocore's {@code add_accept_header} sends it: {@code Accept: application/json}
 * unless the call sets its own (GetExport's {@code accepts}), because API Gateway answers HAL
 * JSON otherwise, which the model does not describe. Signed; not on presigned URLs, which
 * botocore's {@code before-call} does not reach.
 */
public final class ApiGatewayPlugin implements ServicePlugin {

    @Override
    public String name() {
        return "io.boto4j.services.apigateway";
    }

    @Override
    public boolean appliesTo(ServiceModel service) {
        return "apigateway".equals(service.serviceName());
    }

    @Override
    public void configure(PluginSetup setup) {
        setup.addHook(new Hook() {
            @Override
            public CompletionStage<Void> afterSerialization(CallContext call) {
                if (!call.isPresign() && call.request().headers().first("Accept") == null) {
                    call.request().headers().set("Accept", "application/json");
                }
                return CONTINUE;
            }
        });
    }
}
