/**
 * The concurrency benchmark's harness (see sdk-bench/README.md and bench/run.sh): the load
 * server, the load driver the client JVMs run, the orchestrator and the JFR summary. JDK only.
 */
module io.boto4j.bench.harness {
    requires java.management;
    requires jdk.management;
    requires jdk.jfr;

    exports io.boto4j.bench.harness;
}
