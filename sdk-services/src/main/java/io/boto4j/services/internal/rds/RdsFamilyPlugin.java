package io.boto4j.services.internal.rds;

import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.PluginSetup;
import io.boto4j.core.plugin.ServicePlugin;
import io.boto4j.services.RdsMethods;

import java.util.List;
import java.util.Map;

/**
 * RDS and the services built on its API, Neptune and DocumentDB, as botocore's handlers send
 * them: {@code SourceRegion} turned into {@code PreSignedUrl} for the operations botocore lists
 * ({@link SourceRegionPresignedUrl}); and RDS' {@link RdsMethods#GENERATE_DB_AUTH_TOKEN}.
 */
public final class RdsFamilyPlugin implements ServicePlugin {
    /** botocore's {@code before-call.<service>.<operation>} registrations of {@code inject_presigned_url_rds}. */
    static final Map<String, List<String>> SOURCE_REGION_OPERATIONS = Map.of(
            "rds", List.of("CopyDBClusterSnapshot", "CreateDBCluster", "CopyDBSnapshot",
                    "CreateDBInstanceReadReplica", "StartDBInstanceAutomatedBackupsReplication"),
            "neptune", List.of("CopyDBClusterSnapshot", "CreateDBCluster"),
            "docdb", List.of("CopyDBClusterSnapshot", "CreateDBCluster"));

    @Override
    public String name() {
        return "io.boto4j.services.rds";
    }

    @Override
    public boolean appliesTo(ServiceModel service) {
        return SOURCE_REGION_OPERATIONS.containsKey(service.serviceName());
    }

    @Override
    public void configure(PluginSetup setup) {
        String service = setup.service().serviceName();
        setup.addHook(new SourceRegionPresignedUrl(SOURCE_REGION_OPERATIONS.get(service).toArray(String[]::new)));
        if (service.equals("rds")) {
            setup.addMethod(RdsMethods.GENERATE_DB_AUTH_TOKEN);
        }
    }
}
