package io.boto4j.it.servers;

import java.util.function.IntFunction;

/**
 * Starts servers that must be told their port. The port is picked free but another process may
 * take it before the server binds, so a start that failed on "address in use" is retried on a
 * new port.
 */
final class Ports {
    private static final int ATTEMPTS = 3;

    private Ports() {
    }

    static <T> T startOnFreePort(IntFunction<T> start) {
        ServerStartException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return start.apply(FreePort.find());
            } catch (ServerStartException e) {
                if (!portTaken(e)) {
                    throw e;
                }
                last = e;
            }
        }
        throw last;
    }

    private static boolean portTaken(ServerStartException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("in use") || m.contains("EADDRINUSE");
    }
}
