/**
 * boto4j's end-to-end test harness: real servers started as child processes on 127.0.0.1
 * ({@link io.boto4j.it.servers}) and a fault-injecting HTTP proxy ({@link io.boto4j.it.fault}).
 * The tests of this module use it, through the JUnit extension {@code TestServers}
 * of the test code (kept there so that JUnit stays off the main module's path). No library
 * module depends on this one.
 */
module io.boto4j.it {
    requires java.net.http;
    requires transitive io.boto4j.core;

    exports io.boto4j.it.fault;
    exports io.boto4j.it.servers;
}
