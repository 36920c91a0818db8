/**
 * A Vert.x application module: a verticle deployed with several instances that share one
 * {@code AsyncClient} per Vert.x instance. It requires the Vert.x layer alone; the S3 model and
 * plugin arrive through service binding.
 */
module io.boto4j.examples.vertx {
    requires io.boto4j.async;

    exports io.boto4j.examples.vertx;
}
