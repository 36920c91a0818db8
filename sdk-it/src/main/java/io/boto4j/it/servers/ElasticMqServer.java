package io.boto4j.it.servers;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * ElasticMQ 1.6.14 (SQS, query and JSON protocols), run from the jars the build copied to
 * {@code sdk-it/servers-elasticmq/target/lib}. It does not check signatures.
 */
public final class ElasticMqServer extends ProcessServer {
    public static final String ACCOUNT_ID = "000000000000";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);


    private ElasticMqServer(ServerProcess process, URI endpoint) {
        super("elasticmq", process, endpoint, FakeCredentials.CREDENTIALS);
    }

    /** Starts ElasticMQ from the jars the build copied. */
    public static ElasticMqServer start() {
        return start(Locations.elasticMqLib());
    }

    public static ElasticMqServer start(Path libDir) {
        if (!Files.isDirectory(libDir)) {
            throw new ServerStartException("ElasticMQ jars not found in " + libDir + " (system property "
                    + Locations.ELASTICMQ_LIB + "); run `mvn -pl sdk-it -am process-test-resources` to fetch them");
        }
        return Ports.startOnFreePort(port -> {
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            ServerProcess process = ServerProcess.start("elasticmq", dir -> {
                Path conf = dir.resolve("elasticmq.conf");
                Files.writeString(conf, config(port));
                // java expands the trailing '*' of a class path entry itself
                return Java.command("-Dconfig.file=" + conf, "-cp", libDir.resolve("*").toString(),
                        "org.elasticmq.server.Main");
            }, Map.of(), endpoint.resolve("/"), START_TIMEOUT);
            return new ElasticMqServer(process, endpoint);
        });
    }

    private static String config(int port) {
        // bind-hostname: the default listens on every interface
        return """
                include classpath("application.conf")
                node-address {
                  protocol = http
                  host = "127.0.0.1"
                  port = %1$d
                  context-path = ""
                }
                rest-sqs {
                  enabled = true
                  bind-port = %1$d
                  bind-hostname = "127.0.0.1"
                  sqs-limits = strict
                }
                rest-stats.enabled = false
                aws {
                  region = us-east-1
                  accountId = "%2$s"
                }
                """.formatted(port, ACCOUNT_ID);
    }
}
