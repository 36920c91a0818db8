package io.boto4j.s3.internal;

import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.PluginSetup;
import io.boto4j.core.plugin.ServicePlugin;
import io.boto4j.s3.S3Methods;

/**
 * S3 and S3 Control: what botocore's S3 handlers do on the wire, and S3's custom methods.
 * Found through {@link java.util.ServiceLoader}; users get it with either layer.
 */
public final class S3Plugin implements ServicePlugin {

    @Override
    public String name() {
        return "io.boto4j.s3";
    }

    @Override
    public boolean appliesTo(ServiceModel service) {
        String prefix = service.endpointPrefix();
        return "s3".equals(prefix) || "s3-control".equals(prefix);
    }

    @Override
    public void configure(PluginSetup setup) {
        setup.addHook(new EndpointRulesCustomizations());
        setup.addHook(new PresignAddressing());
        if ("s3".equals(setup.service().endpointPrefix())) {
            setup.addMethod(S3Methods.UPLOAD_FILE);
            setup.addMethod(S3Methods.UPLOAD_STREAM);
            setup.addMethod(S3Methods.DOWNLOAD_FILE);
            setup.addMethod(S3Methods.COPY);
        }
    }
}
