package io.boto4j.core.fuzz;

import io.boto4j.core.eventstream.EventStreamDecoder;
import io.boto4j.core.eventstream.EventStreamException;
import io.boto4j.core.eventstream.EventStreamHandler;
import io.boto4j.core.eventstream.EventStreamServiceException;
import io.boto4j.core.eventstream.HeaderValue;
import io.boto4j.core.eventstream.MessageEncoder;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.Shape;
import io.boto4j.core.protocol.json.JsonBodyWriter;
import io.boto4j.core.protocol.xml.XmlValueWriter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.zip.CRC32;

/**
 * Seeded fuzzing of the event stream decoder, through real operations of each protocol that has
 * event streams: valid streams (an initial response where the protocol sends one, events with
 * header and payload members, modeled exceptions and error messages) are broken either inside
 * a message, which is then framed again with correct checksums (so the payload and header
 * readers see the damage), or in the framed bytes themselves (lengths, checksums, truncation);
 * and are fed in chunks of random sizes. The decoder must deliver events or fail with an
 * {@link EventStreamException} (or the {@link EventStreamServiceException} the stream carries).
 */
class EventStreamFuzzTest {
    private static final int MAX_EVENTS = 5;

    @Test
    void json() {
        fuzz("event-stream-json", "json", RealModels.operations("kinesis", "SubscribeToShard"),
                RealModels.operations("logs", "StartLiveTail"));
    }

    @Test
    void restJson() {
        fuzz("event-stream-rest-json", "rest-json", RealModels.operations("lambda", "InvokeWithResponseStream"),
                RealModels.operations("bedrock-runtime", "ConverseStream", "InvokeModelWithResponseStream"));
    }

    @Test
    void restXml() {
        fuzz("event-stream-rest-xml", "rest-xml", RealModels.operations("s3", "SelectObjectContent"));
    }

    @SafeVarargs
    private static void fuzz(String target, String protocol, List<OperationModel>... groups) {
        List<OperationModel> ops = new ArrayList<>();
        for (List<OperationModel> g : groups) {
            ops.addAll(g);
        }
        Dialect payloadDialect = protocol.equals("rest-xml") ? Dialect.XML : Dialect.JSON;
        Mutator payloadMutator = new Mutator(payloadDialect,
                payloadDialect == Dialect.XML ? TypeSwappers.xml() : TypeSwappers.json());
        Mutator frameMutator = new Mutator(Dialect.BINARY, Mutator.TypeSwapper.NONE);
        new FuzzRun(target, random -> {
            OperationModel op = ops.get(random.nextInt(ops.size()));
            Streams streams = new Streams(protocol, random);
            List<Message> messages = streams.valid(op);
            byte[] stream = switch (random.nextInt(10)) {
                case 0 -> frame(messages);
                case 1, 2, 3 -> frameMutator.mutate(frame(messages), () -> frame(streams.valid(op)), random);
                case 4 -> withCraftedPrelude(frame(messages), random);
                default -> frame(streams.breakOne(messages, payloadMutator));
            };
            int[] chunks = chunking(stream.length, random);
            return new FuzzRun.Input(op.service().serviceName() + "." + op.name() + " stream in " + chunks.length
                    + " chunks", stream, () -> decode(op, protocol, stream, chunks));
        }, t -> t instanceof EventStreamException || t instanceof EventStreamServiceException).run();
    }

    private static void decode(OperationModel op, String protocol, byte[] stream, int[] chunks) {
        List<Object> seen = new ArrayList<>();
        EventStreamDecoder decoder = EventStreamDecoder.forOperation(op, protocol, new EventStreamHandler() {
            @Override
            public void onEvent(Map<String, Object> event) {
                seen.add(event);
            }

            @Override
            public void onInitialResponse(Map<String, Object> output) {
                seen.add(output);
            }
        });
        int at = 0;
        for (int size : chunks) {
            decoder.feed(stream, at, size);
            at += size;
        }
        decoder.end();
    }

    /** Sizes that add up to {@code length}: one chunk, single bytes, or random cuts. */
    private static int[] chunking(int length, SplittableRandom random) {
        if (length == 0 || random.nextInt(3) == 0) {
            return new int[] {length};
        }
        List<Integer> sizes = new ArrayList<>();
        int left = length;
        int max = random.nextBoolean() ? 1 : 1 + random.nextInt(64);
        while (left > 0) {
            int n = Math.min(left, 1 + random.nextInt(max));
            sizes.add(n);
            left -= n;
        }
        return sizes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** One message, before framing. */
    record Message(Map<String, HeaderValue> headers, byte[] payload) {
    }

    private static byte[] frame(List<Message> messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Message m : messages) {
            out.writeBytes(MessageEncoder.encode(m.headers(), m.payload()));
        }
        return out.toByteArray();
    }

    /**
     * A prelude announcing other lengths (up to the 16 MiB a message may have, or past it) behind
     * a correct prelude checksum: the decoder must check before it trusts or allocates.
     */
    private static byte[] withCraftedPrelude(byte[] stream, SplittableRandom random) {
        byte[] out = stream.length >= 12 ? stream.clone() : new byte[12];
        int[] totals = {0, 15, 16, 17, 1 << 20, 16 * 1024 * 1024, 16 * 1024 * 1024 + 1, Integer.MAX_VALUE, -1};
        int total = totals[random.nextInt(totals.length)];
        int headers = random.nextBoolean() ? random.nextInt(1 << 18) : random.nextInt();
        ByteBuffer prelude = ByteBuffer.wrap(out).putInt(0, total).putInt(4, headers);
        CRC32 crc = new CRC32();
        crc.update(out, 0, 8);
        prelude.putInt(8, (int) crc.getValue());
        return out;
    }

    /** Valid message sequences for an operation, and single-message damage. */
    private static final class Streams {
        private final String protocol;
        private final SplittableRandom random;
        private final RandomValues values;

        Streams(String protocol, SplittableRandom random) {
            this.protocol = protocol;
            this.random = random;
            this.values = new RandomValues(random);
        }

        List<Message> valid(OperationModel op) {
            Shape output = op.outputShape();
            Member streamMember = output.members().values().stream().filter(m -> m.shape().isEventStream())
                    .findFirst().orElseThrow();
            List<Message> out = new ArrayList<>();
            if (protocol.equals("json")) {
                Map<String, Object> initial = values.structure(output);
                initial.remove(streamMember.name());
                out.add(new Message(eventHeaders("initial-response"),
                        JsonBodyWriter.INSTANCE.writeStructure(output, initial, m -> !m.shape().isEventStream())));
            }
            Shape stream = streamMember.shape();
            List<Member> events = stream.members().values().stream().filter(m -> !m.shape().isException()).toList();
            List<Member> errors = stream.members().values().stream().filter(m -> m.shape().isException()).toList();
            int n = random.nextInt(MAX_EVENTS + 1);
            for (int i = 0; i < n; i++) {
                out.add(event(events.get(random.nextInt(events.size()))));
            }
            if (random.nextInt(4) == 0 && !errors.isEmpty()) {
                Member error = errors.get(random.nextInt(errors.size()));
                Map<String, HeaderValue> h = new LinkedHashMap<>();
                h.put(":message-type", HeaderValue.ofString("exception"));
                h.put(":exception-type", HeaderValue.ofString(error.name()));
                out.add(new Message(h, structure(error, values.structure(error.shape()))));
            } else if (random.nextInt(8) == 0) {
                Map<String, HeaderValue> h = new LinkedHashMap<>();
                h.put(":message-type", HeaderValue.ofString("error"));
                h.put(":error-code", HeaderValue.ofString("InternalFailure"));
                h.put(":error-message", HeaderValue.ofString("went wrong"));
                out.add(new Message(h, new byte[0]));
            }
            return out;
        }

        private Message event(Member eventMember) {
            Shape event = eventMember.shape();
            Map<String, HeaderValue> h = eventHeaders(eventMember.name());
            Map<String, Object> value = values.structure(event);
            byte[] payload = null;
            for (Member m : event.members().values()) {
                Object v = value.get(m.name());
                if (m.isEventHeader() && v != null) {
                    h.put(m.name(), header(v));
                } else if (m.isEventPayload()) {
                    payload = v == null ? new byte[0] : v instanceof byte[] b ? b
                            : v instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : document(m, v);
                }
            }
            if (payload == null) {
                value.keySet().removeIf(name -> event.member(name).isEventHeader());
                payload = structure(eventMember, value);
            }
            return new Message(h, payload);
        }

        private Map<String, HeaderValue> eventHeaders(String type) {
            Map<String, HeaderValue> h = new LinkedHashMap<>();
            h.put(":message-type", HeaderValue.ofString("event"));
            h.put(":event-type", HeaderValue.ofString(type));
            h.put(":content-type", HeaderValue.ofString(protocol.equals("rest-xml") ? "text/xml" : "application/json"));
            return h;
        }

        private static HeaderValue header(Object v) {
            if (v instanceof Boolean b) {
                return HeaderValue.ofBoolean(b);
            }
            if (v instanceof Integer i) {
                return HeaderValue.ofInt(i);
            }
            if (v instanceof Long l) {
                return HeaderValue.ofLong(l);
            }
            if (v instanceof Instant t) {
                return HeaderValue.ofTimestamp(t);
            }
            if (v instanceof byte[] b) {
                return HeaderValue.ofBytes(b);
            }
            return HeaderValue.ofString(String.valueOf(v));
        }

        /** A whole-structure payload: the members of {@code ref}'s shape that are not headers. */
        private byte[] structure(Member ref, Map<String, Object> value) {
            if (protocol.equals("rest-xml")) {
                return XmlValueWriter.toBytes(ref, ref.shape().name(), value);
            }
            return JsonBodyWriter.INSTANCE.writeStructure(ref.shape(), value, m -> !m.isEventHeader());
        }

        /** An {@code eventpayload} member's document. */
        private byte[] document(Member member, Object value) {
            if (protocol.equals("rest-xml")) {
                return XmlValueWriter.toBytes(member, member.shape().name(), value);
            }
            return JsonBodyWriter.INSTANCE.writeValue(member, value);
        }

        /** One message broken: its payload mutated, a header retyped, renamed or dropped. */
        List<Message> breakOne(List<Message> messages, Mutator payloadMutator) {
            if (messages.isEmpty()) {
                return messages;
            }
            List<Message> out = new ArrayList<>(messages);
            int i = random.nextInt(out.size());
            Message m = out.get(i);
            Map<String, HeaderValue> h = new LinkedHashMap<>(m.headers());
            byte[] payload = m.payload();
            List<String> names = new ArrayList<>(h.keySet());
            String name = names.isEmpty() ? ":event-type" : names.get(random.nextInt(names.size()));
            switch (random.nextInt(6)) {
                case 0 -> h.put(name, randomHeader());
                case 1 -> h.remove(name);
                case 2 -> h.put(":event-type", HeaderValue.ofString(random.nextBoolean() ? "NoSuchEvent" : ""));
                case 3 -> h.put(":message-type", HeaderValue.ofString(
                        new String[] {"exception", "error", "event", "", "other"}[random.nextInt(5)]));
                default -> payload = payloadMutator.mutate(payload, () -> m.payload(), random);
            }
            out.set(i, new Message(h, payload));
            return out;
        }

        private HeaderValue randomHeader() {
            return switch (random.nextInt(8)) {
                case 0 -> HeaderValue.ofBoolean(random.nextBoolean());
                case 1 -> HeaderValue.ofByte((byte) random.nextInt());
                case 2 -> HeaderValue.ofShort((short) random.nextInt());
                case 3 -> HeaderValue.ofLong(random.nextLong());
                case 4 -> HeaderValue.ofTimestamp(Instant.ofEpochMilli(random.nextLong(-1L << 50, 1L << 50)));
                case 5 -> HeaderValue.ofUuid(new UUID(random.nextLong(), random.nextLong()));
                case 6 -> HeaderValue.ofBytes(new byte[random.nextInt(100)]);
                default -> HeaderValue.ofString("x".repeat(random.nextInt(2000)));
            };
        }
    }
}
