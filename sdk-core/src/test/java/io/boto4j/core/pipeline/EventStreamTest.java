package io.boto4j.core.pipeline;

import io.boto4j.core.eventstream.HeaderValue;
import io.boto4j.core.eventstream.MessageEncoder;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventStreamTest {

    private static byte[] event(String type, String contentType, String payload) {
        Map<String, HeaderValue> h = new LinkedHashMap<>();
        h.put(":message-type", HeaderValue.ofString("event"));
        h.put(":event-type", HeaderValue.ofString(type));
        if (contentType != null) {
            h.put(":content-type", HeaderValue.ofString(contentType));
        }
        return MessageEncoder.encode(h, payload.getBytes(StandardCharsets.UTF_8));
    }

    /** Emits the bytes in small chunks, one per request, and counts the chunks asked for. */
    static Flow.Publisher<ByteBuffer> chunked(byte[] all, int size, AtomicInteger requested) {
        return s -> s.onSubscribe(new Flow.Subscription() {
            int pos;
            boolean done;

            @Override
            public void request(long n) {
                for (long i = 0; i < n && !done; i++) {
                    requested.incrementAndGet();
                    if (pos >= all.length) {
                        done = true;
                        s.onComplete();
                        return;
                    }
                    int len = Math.min(size, all.length - pos);
                    s.onNext(ByteBuffer.wrap(all, pos, len));
                    pos += len;
                }
            }

            @Override
            public void cancel() {
                done = true;
            }
        });
    }

    @Test
    void selectObjectContentEventsArriveDecodedWithBackPressure() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(event("Records", "application/octet-stream", "a,b\n"));
        body.write(event("Records", "application/octet-stream", "c,d\n"));
        body.write(event("Stats", "text/xml",
                "<Stats><BytesScanned>10</BytesScanned><BytesProcessed>10</BytesProcessed><BytesReturned>8</BytesReturned></Stats>"));
        body.write(event("End", null, ""));
        AtomicInteger requested = new AtomicInteger();
        var s3 = ServiceRuntimeTest.MODELS;
        var model = io.boto4j.core.loader.ModelLoader.builder().addDirectory(s3).environment(Map.of())
                .home(java.nio.file.Path.of("/nonexistent")).build().serviceModel("s3");
        ResponseStream bytes = new ResponseStream(chunked(body.toByteArray(), 7, requested), body.size(), () -> { });
        EventStream events = new EventStream(bytes, model.operation("SelectObjectContent"), "rest-xml");

        List<Map<String, Object>> got = new ArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        events.events().subscribe(new Flow.Subscriber<>() {
            Flow.Subscription sub;

            @Override
            public void onSubscribe(Flow.Subscription s) {
                sub = s;
                s.request(1);
            }

            @Override
            public void onNext(Map<String, Object> item) {
                got.add(item);
                if (got.size() == 1) {
                    // Having asked for one event, the bridge must not have read the whole body.
                    assertTrue(requested.get() < body.size() / 7, "read " + requested.get() + " chunks for one event");
                }
                sub.request(1);
            }

            @Override
            public void onError(Throwable t) {
                done.completeExceptionally(t);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        done.get();
        assertEquals(4, got.size());
        Map<?, ?> records = (Map<?, ?>) got.get(0).get("Records");
        assertEquals("a,b\n", new String((byte[]) records.get("Payload"), StandardCharsets.UTF_8));
        Map<?, ?> stats = (Map<?, ?>) ((Map<?, ?>) got.get(2).get("Stats")).get("Details");
        assertEquals(8L, ((Number) stats.get("BytesReturned")).longValue());
        assertTrue(got.get(3).containsKey("End"));
    }

    /** Reactive Streams 3.9: a non-positive request fails the stream and cancels the bytes' subscription. */
    @Test
    void aNonPositiveRequestFailsTheStreamAndCancelsTheConnection() throws Exception {
        byte[] frame = event("Records", "application/octet-stream", "x");
        AtomicInteger cancels = new AtomicInteger();
        Flow.Publisher<ByteBuffer> bytes = s -> s.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
                s.onNext(ByteBuffer.wrap(frame));
            }

            @Override
            public void cancel() {
                cancels.incrementAndGet();
            }
        });
        List<Object> seen = new ArrayList<>();
        CompletableFuture<Void> done = read(selectObjectContent(bytes, frame.length), s -> {
            s.request(1);
            s.request(0);
        }, seen);
        Throwable e = org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.ExecutionException.class, done::get);
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
        assertEquals(1, cancels.get());
        assertEquals(1, seen.size());
    }

    @Test
    void aCorruptFrameEndsTheStreamWithAnError() throws Exception {
        byte[] frame = event("Records", "application/octet-stream", "x");
        frame[frame.length - 1] ^= 1;
        CompletableFuture<Void> done = read(selectObjectContent(chunked(frame, 5, new AtomicInteger()), frame.length),
                s -> s.request(Long.MAX_VALUE), new ArrayList<>());
        Throwable e = org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.ExecutionException.class, done::get);
        assertInstanceOf(io.boto4j.core.EventStreamException.class, e.getCause());
    }

    private static EventStream selectObjectContent(Flow.Publisher<ByteBuffer> bytes, long length) {
        var model = io.boto4j.core.loader.ModelLoader.builder().addDirectory(ServiceRuntimeTest.MODELS)
                .environment(Map.of()).home(java.nio.file.Path.of("/nonexistent")).build().serviceModel("s3");
        return new EventStream(new ResponseStream(bytes, length, () -> { }), model.operation("SelectObjectContent"),
                "rest-xml");
    }

    /** Subscribes, lets {@code start} make the first requests, collects the events in {@code seen}; completes with the stream. */
    private static CompletableFuture<Void> read(EventStream events, java.util.function.Consumer<Flow.Subscription> start,
                                                List<Object> seen) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        events.events().subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                start.accept(s);
            }

            @Override
            public void onNext(Map<String, Object> item) {
                seen.add(item);
            }

            @Override
            public void onError(Throwable t) {
                done.completeExceptionally(t);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        return done;
    }
}
