package io.boto4j.services.internal.autoscaling;

import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.PluginSetup;
import io.boto4j.core.plugin.ServicePlugin;
import io.boto4j.services.internal.Base64UserData;

/** Auto Scaling, as botocore sends it: a launch configuration's {@code UserData} in base64. */
public final class AutoScalingPlugin implements ServicePlugin {

    @Override
    public String name() {
        return "io.boto4j.services.autoscaling";
    }

    @Override
    public boolean appliesTo(ServiceModel service) {
        return "autoscaling".equals(service.serviceName());
    }

    @Override
    public void configure(PluginSetup setup) {
        setup.addHook(new Base64UserData("CreateLaunchConfiguration"));
    }
}
