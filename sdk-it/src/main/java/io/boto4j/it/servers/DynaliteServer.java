package io.boto4j.it.servers;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * dynalite (DynamoDB, JSON 1.0) on Node.js. The first use installs it with npm into
 * {@code target/servers/dynalite}; without {@code node}/{@code npm} or the npm registry it is
 * unavailable ({@link #unavailableReason()}). It needs an Authorization header but does not
 * check it. No {@code TransactWriteItems}.
 */
public final class DynaliteServer extends ProcessServer {
    static final String PACKAGE = "dynalite@4.0.0";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(3);
    private static volatile Optional<String> unavailableReason;


    private DynaliteServer(ServerProcess process, URI endpoint) {
        super("dynalite", process, endpoint, FakeCredentials.CREDENTIALS);
    }

    /**
     * Empty when node works and dynalite is installed (installing it first if needed);
     * otherwise why not. Probed once per JVM.
     */
    public static synchronized Optional<String> unavailableReason() {
        if (unavailableReason == null) {
            unavailableReason = probeAndInstall(Locations.dynaliteDir());
        }
        return unavailableReason;
    }

    private static Optional<String> probeAndInstall(Path dir) {
        Commands.Result node = Commands.run(List.of("node", "--version"), null, PROBE_TIMEOUT);
        if (!node.ok()) {
            return Optional.of("dynalite needs Node.js: `node --version` failed: " + node.outputTail());
        }
        if (Files.isRegularFile(cli(dir))) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            return Optional.of("cannot create " + dir + " for dynalite: " + e);
        }
        Commands.Result install = Commands.run(List.of("npm", "install", "--prefix", dir.toString(),
                "--no-audit", "--no-fund", "--loglevel=error", "--fetch-retries=1", "--fetch-timeout=60000",
                PACKAGE), dir, INSTALL_TIMEOUT);
        if (!install.ok() || !Files.isRegularFile(cli(dir))) {
            return Optional.of("`npm install " + PACKAGE + "` into " + dir + " failed: " + install.outputTail());
        }
        return Optional.empty();
    }

    private static Path cli(Path dir) {
        return dir.resolve("node_modules").resolve("dynalite").resolve("cli.js");
    }

    public static DynaliteServer start() {
        unavailableReason().ifPresent(reason -> {
            throw new ServerStartException(reason);
        });
        Path cli = cli(Locations.dynaliteDir());
        return Ports.startOnFreePort(port -> {
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            ServerProcess process = ServerProcess.start("dynalite",
                    dir -> List.of("node", cli.toString(), "--host", "127.0.0.1", "--port", Integer.toString(port),
                            "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"),
                    Map.of(), endpoint.resolve("/"), START_TIMEOUT);
            return new DynaliteServer(process, endpoint);
        });
    }
}
