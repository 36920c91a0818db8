package io.boto4j.sync.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that read request bodies from an {@code InputStream} or a file. Reading blocks,
 * and a publisher's {@code request(n)} must not block whoever asks (the transport's writer, or a
 * hook wrapping the body): the read is handed to these daemon threads, which die after a minute idle.
 */
final class BodyReaders {
    private static final AtomicInteger COUNT = new AtomicInteger();
    static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "boto4j-body-reader-" + COUNT.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private BodyReaders() {
    }
}
