package io.boto4j.it.servers;

import io.boto4j.core.auth.Credentials;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * moto's server ({@code python3 -m moto.server}): STS, IAM, SNS, KMS and many more, routed by
 * the service in the credential scope. It cannot be installed by the build, so it is used only
 * when the machine's Python has it ({@link #unavailableReason()}). Signatures are checked: the
 * server is started with moto's auth on and {@link #credentials()} is the key of an IAM user
 * with an allow-all policy, created at start-up; a wrong secret gets {@code SignatureDoesNotMatch}.
 * Note: its HTTP server mishandles {@code Expect: 100-continue}.
 */
public final class MotoServer extends ProcessServer {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(60);
    private static volatile Optional<String> unavailableReason;


    private MotoServer(ServerProcess process, URI endpoint, Credentials credentials) {
        super("moto", process, endpoint, credentials);
    }

    /** Empty when {@code python3} can import moto; otherwise why not. Probed once per JVM. */
    public static Optional<String> unavailableReason() {
        Optional<String> reason = unavailableReason;
        if (reason == null) {
            Commands.Result probe = Commands.run(
                    List.of(Locations.python(), "-c", "import moto.server"), null, PROBE_TIMEOUT);
            reason = probe.ok() ? Optional.empty() : Optional.of("moto is not available ("
                    + Locations.python() + " -c 'import moto.server': " + probe.outputTail() + ")");
            unavailableReason = reason;
        }
        return reason;
    }

    public static MotoServer start() {
        unavailableReason().ifPresent(reason -> {
            throw new ServerStartException(reason);
        });
        return Ports.startOnFreePort(port -> {
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            ServerProcess process = ServerProcess.start("moto",
                    dir -> List.of(Locations.python(), "-m", "moto.server", "-H", "127.0.0.1", "-p", Integer.toString(port)),
                    Map.of("PYTHONUNBUFFERED", "1",
                            "INITIAL_NO_AUTH_ACTION_COUNT", Integer.toString(MotoIdentity.SETUP_CALLS)),
                    endpoint.resolve("/moto-api/"), START_TIMEOUT);
            try {
                return new MotoServer(process, endpoint, MotoIdentity.createAllowAllUser(endpoint));
            } catch (RuntimeException e) {
                process.close();
                throw e;
            }
        });
    }
}
