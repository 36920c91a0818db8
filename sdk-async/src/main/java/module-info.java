/**
 * The Vert.x 5 layer: every remote call returns an io.vertx.core.Future. The transport is Vert.x
 * core's HttpClient (not the WebClient, which cannot hand over a paused response body).
 */
module io.boto4j.async {
    requires transitive io.boto4j.core;
    requires transitive io.vertx.core;

    exports io.boto4j.async;
}
