package io.boto4j.services.internal.sqs;

import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.PluginSetup;
import io.boto4j.core.plugin.ServicePlugin;
import io.boto4j.services.SqsOptions;

/**
 * SQS: errors known by their JSON type as botocore knows them ({@link QueryCompatibleErrors}),
 * and the MD5 digests of messages checked ({@link MessageMd5Checks}) unless
 * {@link SqsOptions#VERIFY_MESSAGE_MD5} is off.
 */
public final class SqsPlugin implements ServicePlugin {

    @Override
    public String name() {
        return "io.boto4j.services.sqs";
    }

    @Override
    public boolean appliesTo(ServiceModel service) {
        return "sqs".equals(service.serviceName());
    }

    @Override
    public void configure(PluginSetup setup) {
        setup.addHook(new QueryCompatibleErrors());
        if (setup.option(SqsOptions.VERIFY_MESSAGE_MD5)) {
            setup.addHook(new MessageMd5Checks());
        }
    }
}
