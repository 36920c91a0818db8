package io.boto4j.services.internal.machinelearning;

import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.PluginSetup;
import io.boto4j.core.plugin.ServicePlugin;
import io.boto4j.core.ParamValidationException;
import io.boto4j.services.internal.OperationsHook;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Amazon Machine Learning, as botocore's {@code switch_host_machinelearning} sends it: a
 * real-time prediction goes to the model's own endpoint, which the caller gives in
 * {@code PredictEndpoint}: its scheme and host replace the client's, before signing, and the
 * path stays. Not on presigned URLs, which botocore's {@code request-created} does not reach.
 */
public final class MachineLearningPlugin implements ServicePlugin {

    @Override
    public String name() {
        return "io.boto4j.services.machinelearning";
    }

    @Override
    public boolean appliesTo(ServiceModel service) {
        return "machinelearning".equals(service.serviceName());
    }

    @Override
    public void configure(PluginSetup setup) {
        setup.addHook(new PredictEndpoint());
    }

    /** The host of {@code PredictEndpoint}. */
    static final class PredictEndpoint extends OperationsHook {
        PredictEndpoint() {
            super("Predict");
        }

        @Override
        public CompletionStage<Void> afterSerialization(CallContext call) {
            if (call.isPresign() || !(call.input().get("PredictEndpoint") instanceof String given) || given.isEmpty()) {
                return CONTINUE;
            }
            URI target;
            try {
                target = URI.create(given);
            } catch (IllegalArgumentException e) {
                target = null;
            }
            if (target == null || target.getScheme() == null || target.getRawAuthority() == null) {
                throw new ParamValidationException(call.service().serviceName(), call.operation().name(), List.of(
                        new ParamValidationException.Problem("PredictEndpoint", "PredictEndpoint '" + given
                                + "' is not a URL with a scheme and a host")));
            }
            SdkHttpRequest request = call.request();
            String basePath = request.endpoint().getRawPath() == null ? "" : request.endpoint().getRawPath();
            request.endpoint(URI.create(target.getScheme() + "://" + target.getRawAuthority() + basePath));
            return CONTINUE;
        }
    }
}
