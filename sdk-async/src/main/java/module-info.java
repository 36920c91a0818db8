/**
 * The Vert.x 5 layer: every remote call returns an io.vertx.core.Future. The transport is Vert.x
 * core's HttpClient: the pipeline sees a response's status and headers before it decides to
 * stream, buffer or parse an error, which a WebClient body codec (chosen before the status is
 * known) cannot do. The WebClient serves at the edge: PresignedRequests' uploads.
 */
module io.boto4j.async {
    requires transitive io.boto4j.core;
    requires transitive io.vertx.core;
    // PresignedRequests takes WebClientOptions; its PUTs go through the WebClient, with a body codec of ours.
    requires transitive io.vertx.web.client;
    requires io.vertx.web.common;

    exports io.boto4j.async;
}
