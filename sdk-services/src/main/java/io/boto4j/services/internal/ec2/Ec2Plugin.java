package io.boto4j.services.internal.ec2;

import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.PluginSetup;
import io.boto4j.core.plugin.ServicePlugin;
import io.boto4j.services.internal.Base64UserData;
import io.boto4j.services.internal.ParameterAlias;

/**
 * EC2, as botocore's handlers send and read it: CopySnapshot's presigned URL of the source region
 * ({@link CopySnapshotPresignedUrl}), RunInstances' {@code UserData} in base64
 * ({@link Base64UserData}), GetConsoleOutput's output decoded ({@link ConsoleOutput}), and
 * {@code Filters} accepted for the few operations whose list of filters the model names
 * {@code Filter}.
 */
public final class Ec2Plugin implements ServicePlugin {

    @Override
    public String name() {
        return "io.boto4j.services.ec2";
    }

    @Override
    public boolean appliesTo(ServiceModel service) {
        return "ec2".equals(service.serviceName());
    }

    @Override
    public void configure(PluginSetup setup) {
        setup.addHook(new ParameterAlias(operation -> true, "Filter", "Filters"));
        setup.addHook(new CopySnapshotPresignedUrl());
        setup.addHook(new Base64UserData("RunInstances"));
        setup.addHook(new ConsoleOutput());
    }
}
