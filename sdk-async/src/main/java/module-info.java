/** The Vert.x 5 layer: every remote call returns an io.vertx.core.Future. */
module io.boto4j.async {
    requires transitive io.boto4j.core;
    requires transitive io.vertx.core;
    requires io.vertx.web.client;
}
