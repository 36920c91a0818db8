package io.boto4j.services.internal.logs;

import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.PluginSetup;
import io.boto4j.core.plugin.ServicePlugin;
import io.boto4j.services.internal.ParameterAlias;

/**
 * CloudWatch Logs, as botocore takes its input: CreateExportTask's {@code from}, a reserved word
 * in most languages, is also accepted as {@code fromTime}.
 */
public final class LogsPlugin implements ServicePlugin {

    @Override
    public String name() {
        return "io.boto4j.services.logs";
    }

    @Override
    public boolean appliesTo(ServiceModel service) {
        return "logs".equals(service.serviceName());
    }

    @Override
    public void configure(PluginSetup setup) {
        setup.addHook(new ParameterAlias(operation -> operation.name().equals("CreateExportTask"), "from", "fromTime"));
    }
}
