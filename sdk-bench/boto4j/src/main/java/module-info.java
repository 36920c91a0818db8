/**
 * The concurrency benchmark's contenders on Vert.x 5: boto4j's two layers and the bare Vert.x
 * client (the ceiling), plus boto4j's cold-start and scale probes. Run by bench/run.sh.
 */
module io.boto4j.bench.boto4j {
    requires io.boto4j.bench.harness;
    requires io.boto4j.sync;
    requires io.boto4j.async;
    requires io.vertx.core;
    requires java.management;
    requires jdk.management;

    // The sdk-models module serves the service models through ServiceLoader.
    requires io.boto4j.models;
}
