package io.boto4j.services;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boto4j.core.loader.ModelLoader;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.pipeline.ServiceRuntime;
import io.boto4j.core.plugin.ServicePlugin;
import io.boto4j.testsupport.transport.ScriptedTransport;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The module's plugins: each serves its own services and no other of the bundled ones, the
 * class path's {@code META-INF/services} lists the same as {@code module-info}, and each
 * configures a real client.
 */
class PluginsTest {
    private static final Map<String, Set<String>> SERVED = new TreeMap<>(Map.ofEntries(
            Map.entry("io.boto4j.services.apigateway", Set.of("apigateway")),
            Map.entry("io.boto4j.services.autoscaling", Set.of("autoscaling")),
            Map.entry("io.boto4j.services.cloudformation", Set.of("cloudformation")),
            Map.entry("io.boto4j.services.cloudsearchdomain", Set.of("cloudsearchdomain")),
            Map.entry("io.boto4j.services.dsql", Set.of("dsql")),
            Map.entry("io.boto4j.services.dynamodb", Set.of("dynamodb")),
            Map.entry("io.boto4j.services.ec2", Set.of("ec2")),
            Map.entry("io.boto4j.services.glacier", Set.of("glacier")),
            Map.entry("io.boto4j.services.http2only", Set.of("lexv2-runtime", "qbusiness", "bedrock-runtime",
                    "connecthealth", "polly")),
            Map.entry("io.boto4j.services.iam", Set.of("iam")),
            Map.entry("io.boto4j.services.logs", Set.of("logs")),
            Map.entry("io.boto4j.services.machinelearning", Set.of("machinelearning")),
            Map.entry("io.boto4j.services.polly", Set.of("polly")),
            Map.entry("io.boto4j.services.rds", Set.of("rds", "neptune", "docdb")),
            Map.entry("io.boto4j.services.route53", Set.of("route53")),
            Map.entry("io.boto4j.services.sqs", Set.of("sqs")),
            Map.entry("io.boto4j.services.ssooidc", Set.of("sso-oidc"))));

    @Test
    void eachPluginServesItsServicesAndNoOtherBundledOne() {
        List<ServicePlugin> plugins = ours();
        Map<String, Set<String>> served = new TreeMap<>();
        for (String service : ModelLoader.defaultLoader().knownServices()) {
            ServiceModel model = ServiceModel.fromJson(service, model(service));
            for (ServicePlugin p : plugins) {
                if (p.appliesTo(model)) {
                    served.computeIfAbsent(p.name(), k -> new TreeSet<>()).add(service);
                }
            }
        }
        assertEquals(SERVED.keySet(), new TreeSet<>(plugins.stream().map(ServicePlugin::name).toList()));
        SERVED.forEach((plugin, services) -> assertEquals(new TreeSet<>(services), served.get(plugin), plugin));
    }

    @Test
    void theClassPathFindsTheSamePluginsAsTheModulePath() throws IOException {
        Set<String> listed = new TreeSet<>();
        try (InputStream in = PluginsTest.class.getModule()
                .getResourceAsStream("META-INF/services/io.boto4j.core.plugin.ServicePlugin")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).forEach(listed::add);
        }
        assertEquals(new TreeSet<>(ours().stream().map(p -> p.getClass().getName()).toList()), listed);
    }

    @Test
    void everyServedServiceGetsAWorkingClientWithItsMethods() {
        for (Set<String> services : SERVED.values()) {
            for (String service : services) {
                try (ServiceRuntime runtime = new Wire.Case(service).runtime(ScriptedTransport.answeringEmpty200())) {
                    assertEquals(service, runtime.model().serviceName());
                }
            }
        }
        try (ServiceRuntime rds = new Wire.Case("rds").runtime(ScriptedTransport.answeringEmpty200());
             ServiceRuntime dsql = new Wire.Case("dsql").runtime(ScriptedTransport.answeringEmpty200())) {
            assertTrue(rds.methods().contains(RdsMethods.GENERATE_DB_AUTH_TOKEN));
            assertTrue(dsql.methods().containsAll(List.of(DsqlMethods.GENERATE_DB_CONNECT_AUTH_TOKEN,
                    DsqlMethods.GENERATE_DB_CONNECT_ADMIN_AUTH_TOKEN)));
        }
    }

    /** The plugins module-info provides (the core finds them so; the Wire tests show it does). */
    private static List<ServicePlugin> ours() {
        return PluginsTest.class.getModule().getDescriptor().provides().stream()
                .filter(p -> p.service().equals(ServicePlugin.class.getName()))
                .flatMap(p -> p.providers().stream())
                .map(PluginsTest::instance)
                .toList();
    }

    private static ServicePlugin instance(String className) {
        try {
            return (ServicePlugin) Class.forName(className).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot make a " + className + " as ServiceLoader would", e);
        }
    }

    /** A model with the service's name and nothing else: the plugins ask only for the name. */
    private static ObjectNode model(String service) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.putObject("metadata").put("endpointPrefix", service).put("apiVersion", "2000-01-01");
        json.putObject("operations");
        json.putObject("shapes");
        return json;
    }
}
