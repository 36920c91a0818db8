package io.boto4j.it.servers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.it.fault.Fault;
import io.boto4j.it.fault.FaultProxy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The harness's own promises: a clear failure message, and nothing left behind. */
class ServerProcessTest {
    @Test
    void aServerThatDiesEarlyFailsWithItsLogTail() {
        ServerStartException e = assertThrows(ServerStartException.class, () -> ServerProcess.start("broken",
                dir -> List.of("sh", "-c", "echo 'cannot bind: boom'; exit 3"), Map.of(),
                URI.create("http://127.0.0.1:9/"), Duration.ofSeconds(20)));
        assertTrue(e.getMessage().contains("broken exited with code 3"), e.getMessage());
        assertTrue(e.getMessage().contains("cannot bind: boom"), e.getMessage());
    }

    @Test
    void closeKillsTheProcessAndItsChildrenAndDeletesItsDirectory() throws Exception {
        AtomicReference<Path> workDir = new AtomicReference<>();
        // Any HTTP answer means "ready": a stand-alone proxy gives one.
        try (FaultProxy readiness = FaultProxy.standalone()) {
            readiness.setDefault(Fault.status(200));
            ServerProcess server = ServerProcess.start("sleeper", dir -> {
                workDir.set(dir);
                return List.of("sh", "-c", "sleep 300 & sleep 300; echo unreachable");
            }, Map.of(), readiness.endpoint(), Duration.ofSeconds(20));
            // "ready" comes from the proxy at once, maybe before the shell has forked: wait for it
            List<ProcessHandle> children = List.of();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (children.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
                children = server.processHandle().descendants().toList();
            }
            assertEquals(2, children.size(), "both sleeps are children of the shell");
            assertTrue(server.isAlive());

            server.close();

            assertFalse(server.isAlive());
            for (ProcessHandle child : children) {
                child.onExit().get(5, TimeUnit.SECONDS);
                assertFalse(child.isAlive(), "child " + child.pid() + " still running");
            }
            assertFalse(Files.exists(workDir.get()), "work dir deleted");
        }
    }
}
