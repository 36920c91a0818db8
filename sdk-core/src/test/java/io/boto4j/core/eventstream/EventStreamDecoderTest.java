package io.boto4j.core.eventstream;

import io.boto4j.core.EventStreamServiceException;
import io.boto4j.core.ServiceException;
import io.boto4j.core.EventStreamException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import io.boto4j.core.model.OperationModel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.boto4j.core.eventstream.Frames.concat;
import static io.boto4j.core.eventstream.Frames.event;
import static io.boto4j.core.eventstream.Frames.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventStreamDecoderTest {

    /** Collects what the decoder delivers. */
    static final class Recorder implements EventStreamHandler {
        final List<Map<String, Object>> events = new ArrayList<>();
        final List<Map<String, Object>> initial = new ArrayList<>();

        @Override
        public void onEvent(Map<String, Object> event) {
            events.add(event);
        }

        @Override
        public void onInitialResponse(Map<String, Object> output) {
            assertTrue(events.isEmpty(), "the initial response comes before any event");
            initial.add(output);
        }
    }

    private final Recorder recorder = new Recorder();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Map<String, Object> event, String type) {
        assertEquals(List.of(type), List.copyOf(event.keySet()));
        return (Map<String, Object>) event.get(type);
    }

    // --- S3 SelectObjectContent (rest-xml) ---

    static byte[] selectStream() {
        String stats = "<Stats xmlns=\"\"><BytesScanned>512</BytesScanned><BytesProcessed>512</BytesProcessed>"
                + "<BytesReturned>24</BytesReturned></Stats>";
        String progress = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Progress><BytesScanned>256</BytesScanned>"
                + "</Progress>";
        return concat(
                event("Records", "a,b\n1,2\n", ":content-type", "application/octet-stream"),
                event("Cont", ""),
                event("Records", "3,4\n", ":content-type", "application/octet-stream"),
                event("Progress", progress, ":content-type", "text/xml"),
                event("Stats", stats, ":content-type", "text/xml"),
                event("End", ""));
    }

    private void assertSelectEvents(List<Map<String, Object>> events) {
        assertEquals(6, events.size());
        assertArrayEquals(utf8("a,b\n1,2\n"), (byte[]) body(events.get(0), "Records").get("Payload"));
        assertEquals(Map.of(), body(events.get(1), "Cont"));
        assertArrayEquals(utf8("3,4\n"), (byte[]) body(events.get(2), "Records").get("Payload"));
        assertEquals(Map.of("Details", Map.of("BytesScanned", 256L)), body(events.get(3), "Progress"));
        assertEquals(Map.of("Details", Map.of("BytesScanned", 512L, "BytesProcessed", 512L, "BytesReturned", 24L)),
                body(events.get(4), "Stats"));
        assertEquals(Map.of(), body(events.get(5), "End"));
    }

    @Test
    void selectObjectContentStream() {
        EventStreamDecoder d = EventStreamDecoder.forOperation(EventModels.s3Select(), recorder);
        assertEquals("Payload", d.eventStreamMemberName());
        assertFalse(d.isAwaitingInitialResponse(), "rest protocols send no initial-response");
        d.feed(selectStream());
        d.end();
        assertSelectEvents(recorder.events);
        assertTrue(recorder.initial.isEmpty());
    }

    @Test
    void selectStreamSplitAtEveryByte() {
        byte[] stream = selectStream();
        for (int split = 0; split <= stream.length; split += 1) {
            Recorder r = new Recorder();
            EventStreamDecoder d = EventStreamDecoder.forOperation(EventModels.s3Select(), "rest-xml", r);
            d.feed(java.nio.ByteBuffer.wrap(stream, 0, split));
            d.feed(java.nio.ByteBuffer.wrap(stream, split, stream.length - split));
            d.end();
            assertSelectEvents(r.events);
        }
    }

    @Test
    void unknownEventTypesAreSkipped() {
        EventStreamDecoder d = EventStreamDecoder.forOperation(EventModels.s3Select(), recorder);
        d.feed(concat(event("Brand New", "<x/>"), event("End", ""),
                MessageEncoder.encode(Frames.headers(":message-type", "event"), new byte[0])));
        d.end();
        assertEquals(1, recorder.events.size());
        assertEquals(Map.of(), body(recorder.events.get(0), "End"));
    }

    @Test
    void errorMessageEndsTheStream() {
        EventStreamDecoder d = EventStreamDecoder.forOperation(EventModels.s3Select(), recorder);
        byte[] stream = concat(event("Cont", ""), Frames.error("InternalError", "We encountered an internal error."),
                event("End", ""));
        EventStreamServiceException e = assertThrows(EventStreamServiceException.class, () -> d.feed(stream));
        assertEquals("InternalError", e.errorCode());
        assertEquals("We encountered an internal error.", e.errorMessage());
        assertNull(e.errorShape());
        assertTrue(e.fields().isEmpty());
        assertEquals("An error occurred (InternalError) in the event stream of s3.SelectObjectContent:"
                + " We encountered an internal error.", e.getMessage());
        // One catch for every error of the service, in the response or in its stream.
        ServiceException asServiceError = e;
        assertEquals("SelectObjectContent", asServiceError.operation());
        assertEquals(200, asServiceError.statusCode());
        assertEquals(1, recorder.events.size(), "events before the error were delivered, none after");
        assertThrows(IllegalStateException.class, () -> d.feed(event("End", "")));
    }

    // --- Kinesis SubscribeToShard (json, initial-response) ---

    static final String SHARD_EVENT = "{\"Records\":[{\"SequenceNumber\":\"4959\",\"ApproximateArrivalTimestamp\":"
            + "1.700000000123E9,\"Data\":\"aGVsbG8=\",\"PartitionKey\":\"pk\"}],"
            + "\"ContinuationSequenceNumber\":\"4960\",\"MillisBehindLatest\":0}";

    @Test
    void kinesisStreamWithInitialResponse() {
        EventStreamDecoder d = EventStreamDecoder.forOperation(EventModels.kinesisSubscribe(), recorder);
        assertEquals("EventStream", d.eventStreamMemberName());
        assertTrue(d.isAwaitingInitialResponse());
        byte[] stream = concat(
                event("initial-response", "{\"Note\":\"hi\",\"EventStream\":{}}"),
                event("SubscribeToShardEvent", SHARD_EVENT, ":content-type", "application/json"),
                event("SubscribeToShardEvent", "{\"Records\":[],\"ContinuationSequenceNumber\":\"4961\","
                        + "\"MillisBehindLatest\":5}"));
        for (byte b : stream) {
            d.feed(new byte[] {b});
        }
        d.end();
        assertEquals(List.of(Map.of("Note", "hi")), recorder.initial);
        assertEquals(2, recorder.events.size());
        Map<String, Object> first = body(recorder.events.get(0), "SubscribeToShardEvent");
        assertEquals("4960", first.get("ContinuationSequenceNumber"));
        assertEquals(0L, first.get("MillisBehindLatest"));
        @SuppressWarnings("unchecked")
        Map<String, Object> record = ((List<Map<String, Object>>) first.get("Records")).get(0);
        assertEquals("4959", record.get("SequenceNumber"));
        assertEquals(Instant.parse("2023-11-14T22:13:20.123Z"), record.get("ApproximateArrivalTimestamp"));
        assertArrayEquals(utf8("hello"), (byte[]) record.get("Data"));
        assertEquals(List.of(), body(recorder.events.get(1), "SubscribeToShardEvent").get("Records"));
    }

    @Test
    void rpcStreamMustStartWithInitialResponse() {
        EventStreamDecoder d = EventStreamDecoder.forOperation(EventModels.kinesisSubscribe(), recorder);
        EventStreamException e = assertThrows(EventStreamException.class,
                () -> d.feed(event("SubscribeToShardEvent", SHARD_EVENT)));
        assertEquals("first event was not of type initial-response", e.getMessage());
        assertTrue(recorder.events.isEmpty());

        EventStreamDecoder empty = EventStreamDecoder.forOperation(EventModels.kinesisSubscribe(), recorder);
        assertThrows(EventStreamException.class, empty::end);
    }

    @Test
    void exceptionBeforeInitialResponseSurfacesAsTheServiceError() {
        EventStreamDecoder d = EventStreamDecoder.forOperation(EventModels.kinesisSubscribe(), recorder);
        EventStreamServiceException e = assertThrows(EventStreamServiceException.class,
                () -> d.feed(Frames.exception("ResourceNotFoundException", "{\"message\":\"no shard\"}")));
        assertEquals("ResourceNotFoundException", e.errorCode());
    }

    @Test
    void modeledExceptionEvent() {
        OperationModel op = EventModels.kinesisSubscribe();
        EventStreamDecoder d = EventStreamDecoder.forOperation(op, recorder);
        byte[] stream = concat(event("initial-response", "{}"),
                event("SubscribeToShardEvent", SHARD_EVENT),
                Frames.exception("ResourceNotFoundException", "{\"message\":\"Shard shardId-0 not found\"}"));
        EventStreamServiceException e = assertThrows(EventStreamServiceException.class, () -> d.feed(stream));
        assertEquals("ResourceNotFoundException", e.errorCode());
        assertEquals("Shard shardId-0 not found", e.errorMessage());
        assertSame(op.service().shape("ResourceNotFoundException"), e.errorShape());
        assertEquals(Map.of("message", "Shard shardId-0 not found"), e.fields());
        assertEquals(List.of(Map.of()), recorder.initial);
        assertEquals(1, recorder.events.size());
    }

    @Test
    void unmodeledExceptionKeepsItsType() {
        EventStreamDecoder d = EventStreamDecoder.forOperation(EventModels.kinesisSubscribe(), recorder);
        d.feed(event("initial-response", "{}"));
        EventStreamServiceException e = assertThrows(EventStreamServiceException.class,
                () -> d.feed(Frames.exception("SomethingNew", "{\"message\":\"?\"}")));
        assertEquals("SomethingNew", e.errorCode());
        assertNull(e.errorShape());
    }

    // --- rest-json: header members and payload members ---

    @Test
    void eventHeadersBindToMembers() {
        EventStreamDecoder d = EventStreamDecoder.forOperation(EventModels.restJsonStream(), recorder);
        UUID id = UUID.fromString("0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9");
        Map<String, HeaderValue> h = new LinkedHashMap<>(
                Frames.headers(":message-type", "event", ":event-type", "Headers"));
        h.put("Flag", HeaderValue.ofBoolean(false));
        h.put("Small", HeaderValue.ofByte((byte) -3));
        h.put("Count", HeaderValue.ofShort((short) 300));
        h.put("Big", HeaderValue.ofInt(7));
        h.put("Raw", HeaderValue.ofBytes(new byte[] {1, 2}));
        h.put("Name", HeaderValue.ofString("n"));
        h.put("At", HeaderValue.ofTimestamp(Instant.ofEpochMilli(1700000000123L)));
        h.put("AtMillis", HeaderValue.ofLong(1700000000123L));
        h.put("Id", HeaderValue.ofUuid(id));
        h.put("IdBytes", HeaderValue.ofUuid(id));
        h.put("Unbound", HeaderValue.ofString("ignored"));
        d.feed(MessageEncoder.encode(h, utf8("{\"Flag\":true}")));
        d.end();
        Map<String, Object> e = body(recorder.events.get(0), "Headers");
        assertEquals(List.of("Flag", "Small", "Count", "Big", "Raw", "Name", "At", "AtMillis", "Id", "IdBytes"),
                List.copyOf(e.keySet()), "model order; absent and unbound headers left out");
        assertEquals(false, e.get("Flag"), "a header member is never read from the body");
        assertEquals(-3, e.get("Small"));
        assertEquals(300, e.get("Count"));
        assertEquals(7L, e.get("Big"));
        assertArrayEquals(new byte[] {1, 2}, (byte[]) e.get("Raw"));
        assertEquals("n", e.get("Name"));
        assertEquals(Instant.parse("2023-11-14T22:13:20.123Z"), e.get("At"));
        assertEquals(Instant.parse("2023-11-14T22:13:20.123Z"), e.get("AtMillis"));
        assertEquals(id.toString(), e.get("Id"));
        assertArrayEquals(Frames.hex("0a1b2c3d4e5f60718293a4b5c6d7e8f9"), (byte[]) e.get("IdBytes"));
    }

    @Test
    void payloadMembersAndBodyStructures() {
        EventStreamDecoder d = EventStreamDecoder.forOperation(EventModels.restJsonStream(), recorder);
        d.feed(concat(
                event("Text", "héllo", "Seq", HeaderValue.ofInt(1)),
                event("Delta", "{\"text\":\"abc\",\"n\":2,\"extra\":true}"),
                event("Delta", ""),
                event("Plain", "{\"Index\":3,\"Tags\":[\"a\",\"b\"],\"When\":1700000000}")));
        d.end();
        assertEquals(Map.of("Seq", 1, "Text", "héllo"), body(recorder.events.get(0), "Text"));
        assertEquals(Map.of("Delta", Map.of("text", "abc", "n", 2)), body(recorder.events.get(1), "Delta"));
        assertEquals(Map.of("Delta", Map.of()), body(recorder.events.get(2), "Delta"));
        assertEquals(Map.of("Index", 3, "Tags", List.of("a", "b"), "When", Instant.ofEpochSecond(1700000000)),
                body(recorder.events.get(3), "Plain"));
    }

    @Test
    void exceptionWithHeaderMember() {
        EventStreamDecoder d = EventStreamDecoder.forOperation(EventModels.restJsonStream(), recorder);
        byte[] frame = MessageEncoder.encode(Frames.headers(":message-type", "exception",
                ":exception-type", "ThrottlingException", "RetryAfter", HeaderValue.ofInt(5)),
                utf8("{\"Message\":\"slow down\"}"));
        EventStreamServiceException e = assertThrows(EventStreamServiceException.class, () -> d.feed(frame));
        assertEquals("ThrottlingException", e.errorCode());
        assertEquals("slow down", e.errorMessage());
        assertEquals(Map.of("Message", "slow down", "RetryAfter", 5), e.fields());
    }

    // --- smithy-rpc-v2-cbor ---

    @Test
    void cborStreamWithInitialResponse() throws Exception {
        ObjectMapper cbor = new ObjectMapper(new CBORFactory());
        EventStreamDecoder d = EventStreamDecoder.forOperation(EventModels.cborStream(), recorder);
        assertTrue(d.isAwaitingInitialResponse());
        d.feed(concat(
                event("initial-response", cbor.writeValueAsBytes(Map.of("Token", "t-1"))),
                event("Tick", cbor.writeValueAsBytes(Map.of("Count", 1, "Data", new byte[] {9}))),
                event("Tick", new byte[0])));
        d.end();
        assertEquals(List.of(Map.of("Token", "t-1")), recorder.initial);
        Map<String, Object> tick = body(recorder.events.get(0), "Tick");
        assertEquals(1, tick.get("Count"));
        assertArrayEquals(new byte[] {9}, (byte[]) tick.get("Data"));
        assertEquals(Map.of(), body(recorder.events.get(1), "Tick"));
    }

    // --- construction and stream end ---

    @Test
    void endInsideAMessage() {
        EventStreamDecoder d = EventStreamDecoder.forOperation(EventModels.s3Select(), recorder);
        byte[] frame = event("End", "");
        d.feed(Arrays.copyOf(frame, frame.length - 1));
        EventStreamException e = assertThrows(EventStreamException.class, d::end);
        assertTrue(e.getMessage().startsWith("event stream ended inside a message"));
    }

    @Test
    void corruptFrameIsAClientSideError() {
        EventStreamDecoder d = EventStreamDecoder.forOperation(EventModels.s3Select(), recorder);
        byte[] frame = event("End", "");
        frame[frame.length - 1] ^= 1;
        assertThrows(EventStreamException.class, () -> d.feed(frame));
    }

    @Test
    void unreadablePayloadIsAStreamError() {
        EventStreamDecoder xml = EventStreamDecoder.forOperation(EventModels.s3Select(), recorder);
        EventStreamException e = assertThrows(EventStreamException.class,
                () -> xml.feed(event("Stats", "<Stats><BytesScanned>many</BytesScanned></Stats>")));
        assertTrue(e.getMessage().startsWith("event stream payload for Stats is not a valid rest-xml body"),
                e.getMessage());
        EventStreamDecoder json = EventStreamDecoder.forOperation(EventModels.restJsonStream(), recorder);
        assertThrows(EventStreamException.class, () -> json.feed(event("Plain", "{\"Index\":")));
        EventStreamDecoder rpc = EventStreamDecoder.forOperation(EventModels.kinesisSubscribe(), recorder);
        assertThrows(EventStreamException.class, () -> rpc.feed(event("initial-response", "not json")));
    }

    @Test
    void rejectsOperationsWithoutAStreamAndUnknownProtocols() {
        OperationModel op = EventModels.s3Select();
        assertThrows(IllegalArgumentException.class, () -> EventStreamDecoder.forOperation(op, "xml-rpc", recorder));
        OperationModel plain = io.boto4j.core.model.ServiceModel.fromJson("x", new ObjectMapper().valueToTree(Map.of(
                "metadata", Map.of("protocol", "json"),
                "operations", Map.of("Op", Map.of("name", "Op", "output", Map.of("shape", "Out"))),
                "shapes", Map.of("Out", Map.of("type", "structure", "members", Map.of()))))).operation("Op");
        assertThrows(IllegalArgumentException.class, () -> EventStreamDecoder.forOperation(plain, recorder));
    }
}
