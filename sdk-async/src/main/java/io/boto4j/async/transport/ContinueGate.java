package io.boto4j.async.transport;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientRequest;

/**
 * {@code Expect: 100-continue} as botocore honours it: the head goes out alone and the body
 * follows the server's {@code 100 Continue}, or a second without any answer (RFC 9110 lets a
 * client stop waiting for servers that never send one; botocore waits one second); when a final
 * response comes first, the body is never sent. Confined to the request's context.
 */
final class ContinueGate {
    /** How long to wait for the go-ahead before sending the body anyway (botocore's wait). */
    static final long WAIT_MILLIS = 1000;

    private final Vertx vertx;
    private final Runnable sendBody;
    private final long timer;
    private boolean decided;
    private boolean answeredFirst;

    /** Sends the head of {@code req} and arms the wait; {@code sendBody} runs at most once. */
    ContinueGate(Vertx vertx, HttpClientRequest req, Runnable sendBody) {
        this.vertx = vertx;
        this.sendBody = sendBody;
        // Armed first; it fires on this context, so never before the head is sent below.
        this.timer = vertx.setTimer(WAIT_MILLIS, t -> open());
        req.continueHandler(v -> open());
        req.response().onComplete(ar -> {
            if (!decided) {
                // A final answer (or a failure: reset, cancelled, closed) before the go-ahead: no body.
                decided = true;
                answeredFirst = ar.succeeded();
                vertx.cancelTimer(timer);
            }
        });
        req.sendHead();
    }

    /** Whether the response came before the body was sent, which then never will be. */
    boolean answeredFirst() {
        return answeredFirst;
    }

    private void open() {
        if (!decided) {
            decided = true;
            vertx.cancelTimer(timer);
            sendBody.run();
        }
    }
}
