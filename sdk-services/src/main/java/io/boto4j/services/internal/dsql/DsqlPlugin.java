package io.boto4j.services.internal.dsql;

import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.PluginSetup;
import io.boto4j.core.plugin.ServicePlugin;
import io.boto4j.services.DsqlMethods;

/** Aurora DSQL: its two auth-token methods, as botocore adds them to its clients. */
public final class DsqlPlugin implements ServicePlugin {

    @Override
    public String name() {
        return "io.boto4j.services.dsql";
    }

    @Override
    public boolean appliesTo(ServiceModel service) {
        return "dsql".equals(service.serviceName());
    }

    @Override
    public void configure(PluginSetup setup) {
        setup.addMethod(DsqlMethods.GENERATE_DB_CONNECT_AUTH_TOKEN);
        setup.addMethod(DsqlMethods.GENERATE_DB_CONNECT_ADMIN_AUTH_TOKEN);
    }
}
