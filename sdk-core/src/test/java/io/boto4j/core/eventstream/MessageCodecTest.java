package io.boto4j.core.eventstream;

import io.boto4j.core.EventStreamException;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.boto4j.core.eventstream.Frames.hex;
import static io.boto4j.core.eventstream.Frames.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageCodecTest {
    /** The empty message of the AWS event stream test vectors (total 16, no headers, no payload). */
    static final String EMPTY = "000000100000000005c248eb7d98c8ff";

    /**
     * Built independently with Python's struct and zlib.crc32 and decoded by botocore's
     * EventStreamBuffer: one header of every type, then the payload {"foo":"bar"}.
     */
    static final String ALL_HEADER_TYPES = "0000008c0000006fcc39fe330474727565000566616c736501046279746502cf0573686f"
            + "727403fb2e03696e74040000a00c046c6f6e6705ffffff000000000005627974657306000300ff1003737472070006"
            + "68c3a96c6c6f027473080000018bcfe5687b0475756964090a1b2c3d4e5f60718293a4b5c6d7e8f97b22666f6f223a"
            + "22626172227dcb09059f";

    /** Same origin: an S3 Select style Records event with a CSV payload. */
    static final String RECORDS = "0000006d000000551f81c9ee0d3a6d6573736167652d747970650700056576656e740b3a6576"
            + "656e742d747970650700075265636f7264730d3a636f6e74656e742d747970650700186170706c69636174696f6e2f6f"
            + "637465742d73747265616d612c620a312c320a339ad29f";

    private final List<EventStreamMessage> received = new ArrayList<>();
    private final MessageDecoder decoder = new MessageDecoder(received::add);

    static Map<String, HeaderValue> allHeaderTypes() {
        Map<String, HeaderValue> h = new LinkedHashMap<>();
        h.put("true", HeaderValue.ofBoolean(true));
        h.put("false", HeaderValue.ofBoolean(false));
        h.put("byte", HeaderValue.ofByte((byte) -49));
        h.put("short", HeaderValue.ofShort((short) -1234));
        h.put("int", HeaderValue.ofInt(40972));
        h.put("long", HeaderValue.ofLong(-(1L << 40)));
        h.put("bytes", HeaderValue.ofBytes(new byte[] {0, (byte) 0xff, 0x10}));
        h.put("str", HeaderValue.ofString("héllo"));
        h.put("ts", HeaderValue.ofTimestamp(Instant.ofEpochMilli(1700000000123L)));
        h.put("uuid", HeaderValue.ofUuid(UUID.fromString("0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9")));
        return h;
    }

    @Test
    void encoderReproducesReferenceFrames() {
        assertArrayEquals(hex(EMPTY), MessageEncoder.encode(Map.of(), new byte[0]));
        assertArrayEquals(hex(ALL_HEADER_TYPES), MessageEncoder.encode(allHeaderTypes(), utf8("{\"foo\":\"bar\"}")));
        assertArrayEquals(hex(RECORDS), Frames.event("Records", "a,b\n1,2\n",
                ":content-type", "application/octet-stream"));
    }

    @Test
    void decodesEveryHeaderType() {
        decoder.feed(hex(ALL_HEADER_TYPES));
        assertEquals(1, received.size());
        EventStreamMessage m = received.get(0);
        assertEquals(allHeaderTypes(), m.headers());
        assertEquals(List.copyOf(allHeaderTypes().keySet()), List.copyOf(m.headers().keySet()));
        assertEquals(Boolean.TRUE, m.header("true").value());
        assertEquals(Boolean.FALSE, m.header("false").value());
        assertEquals((byte) -49, m.header("byte").value());
        assertEquals((short) -1234, m.header("short").value());
        assertEquals(40972, m.header("int").value());
        assertEquals(-(1L << 40), m.header("long").value());
        assertArrayEquals(new byte[] {0, (byte) 0xff, 0x10}, (byte[]) m.header("bytes").value());
        assertEquals("héllo", m.stringHeader("str"));
        assertEquals(Instant.parse("2023-11-14T22:13:20.123Z"), m.header("ts").value());
        assertEquals(UUID.fromString("0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9"), m.header("uuid").value());
        assertEquals("{\"foo\":\"bar\"}", new String(m.payload(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("event", m.messageType(), "no :message-type counts as an event");
    }

    @Test
    void decodesTheEmptyMessage() {
        decoder.feed(hex(EMPTY));
        assertEquals(1, received.size());
        assertTrue(received.get(0).headers().isEmpty());
        assertEquals(0, received.get(0).payload().length);
    }

    @Test
    void splitAtEveryByteGivesTheSameMessages() {
        byte[] stream = Frames.concat(hex(ALL_HEADER_TYPES), hex(EMPTY), hex(RECORDS));
        for (int split = 0; split <= stream.length; split++) {
            List<EventStreamMessage> got = new ArrayList<>();
            MessageDecoder d = new MessageDecoder(got::add);
            d.feed(stream, 0, split);
            d.feed(Arrays.copyOfRange(stream, split, stream.length));
            d.end();
            assertEquals(3, got.size(), "split at " + split);
            assertEquals(allHeaderTypes(), got.get(0).headers());
            assertArrayEquals(utf8("a,b\n1,2\n"), got.get(2).payload());
        }
    }

    @Test
    void oneByteAtATimeAndThroughDirectBuffers() {
        byte[] stream = Frames.concat(hex(RECORDS), hex(ALL_HEADER_TYPES));
        for (byte b : stream) {
            decoder.feed(new byte[] {b});
        }
        ByteBuffer direct = ByteBuffer.allocateDirect(stream.length);
        direct.put(stream).flip();
        decoder.feed(direct);
        assertFalse(direct.hasRemaining());
        // A heap buffer that is a slice of a larger array, positioned past a prefix.
        byte[] padded = Frames.concat(new byte[] {9, 9, 9}, stream, new byte[] {7});
        ByteBuffer slice = ByteBuffer.wrap(padded, 3, stream.length).slice();
        decoder.feed(slice);
        decoder.end();
        assertEquals(6, received.size());
        for (int i = 0; i < 6; i += 2) {
            assertEquals("Records", received.get(i).stringHeader(":event-type"));
            assertEquals(allHeaderTypes(), received.get(i + 1).headers());
        }
    }

    @Test
    void preludeChecksumMismatchIsReported() {
        byte[] frame = hex(RECORDS);
        frame[7] ^= 0x01; // headers length: the prelude CRC no longer matches
        EventStreamException e = assertThrows(EventStreamException.class, () -> decoder.feed(frame));
        assertTrue(e.getMessage().contains("prelude checksum mismatch"), e.getMessage());
        assertTrue(received.isEmpty());
    }

    @Test
    void preludeIsCheckedBeforeTheRestArrives() {
        byte[] frame = hex(RECORDS);
        frame[0] = 0x7f; // an absurd length must not be trusted (nor allocated) before its CRC is checked
        assertThrows(EventStreamException.class, () -> decoder.feed(frame, 0, 12));
    }

    @Test
    void messageChecksumMismatchIsReported() {
        byte[] frame = hex(RECORDS);
        frame[frame.length - 6] ^= 0x20; // a payload byte
        EventStreamException e = assertThrows(EventStreamException.class, () -> decoder.feed(frame));
        assertTrue(e.getMessage().contains("message checksum mismatch"), e.getMessage());
        byte[] badTrailer = hex(EMPTY);
        badTrailer[15] ^= 1;
        MessageDecoder d = new MessageDecoder(received::add);
        assertThrows(EventStreamException.class, () -> d.feed(badTrailer));
        assertTrue(received.isEmpty());
    }

    @Test
    void lengthsOutOfBoundsAreRejected() {
        assertPreludeRejected(16 * 1024 * 1024 + 1, 0, "outside");
        assertPreludeRejected(15, 0, "outside");
        assertPreludeRejected(200_000, 128 * 1024 + 1, "exceeds the maximum");
        assertPreludeRejected(100, 85, "does not fit");
    }

    private static void assertPreludeRejected(int total, int headers, String expected) {
        ByteBuffer prelude = ByteBuffer.allocate(12).putInt(total).putInt(headers);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(prelude.array(), 0, 8);
        prelude.putInt((int) crc.getValue());
        MessageDecoder d = new MessageDecoder(m -> { });
        EventStreamException e = assertThrows(EventStreamException.class, () -> d.feed(prelude.array()));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertEquals(12, d.bufferedBytes(), "nothing is allocated for a rejected prelude");
    }

    @Test
    void malformedHeadersAreRejected() {
        // A string header whose length runs past the header block.
        byte[] truncated = frameWithRawHeaders(new byte[] {1, 'a', 7, 0, 9, 'x'});
        assertTrue(assertThrows(EventStreamException.class, () -> new MessageDecoder(m -> { }).feed(truncated))
                .getMessage().contains("end inside"));
        byte[] unknownType = frameWithRawHeaders(new byte[] {1, 'a', 10});
        assertTrue(assertThrows(EventStreamException.class, () -> new MessageDecoder(m -> { }).feed(unknownType))
                .getMessage().contains("unknown value type 10"));
        byte[] duplicate = frameWithRawHeaders(new byte[] {1, 'a', 0, 1, 'a', 1});
        assertTrue(assertThrows(EventStreamException.class, () -> new MessageDecoder(m -> { }).feed(duplicate))
                .getMessage().contains("repeats header 'a'"));
        byte[] badUtf8 = frameWithRawHeaders(new byte[] {1, 'a', 7, 0, 1, (byte) 0xC3});
        assertTrue(assertThrows(EventStreamException.class, () -> new MessageDecoder(m -> { }).feed(badUtf8))
                .getMessage().contains("UTF-8"));
    }

    /** A well-checksummed frame around a raw header block, to reach the header parser's checks. */
    private static byte[] frameWithRawHeaders(byte[] headerBlock) {
        int total = 16 + headerBlock.length;
        ByteBuffer b = ByteBuffer.allocate(total).putInt(total).putInt(headerBlock.length);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(b.array(), 0, 8);
        b.putInt((int) crc.getValue()).put(headerBlock);
        crc.reset();
        crc.update(b.array(), 0, total - 4);
        return b.putInt((int) crc.getValue()).array();
    }

    @Test
    void endInsideAMessageIsAnError() {
        byte[] frame = hex(RECORDS);
        decoder.feed(frame);
        decoder.feed(frame, 0, 20);
        assertFalse(decoder.isBetweenMessages());
        EventStreamException e = assertThrows(EventStreamException.class, decoder::end);
        assertTrue(e.getMessage().startsWith("event stream ended inside a message"), e.getMessage());
        assertEquals(1, received.size());

        MessageDecoder inPrelude = new MessageDecoder(m -> { });
        inPrelude.feed(frame, 0, 5);
        assertThrows(EventStreamException.class, inPrelude::end);

        MessageDecoder clean = new MessageDecoder(m -> { });
        clean.feed(frame);
        clean.end(); // between messages: fine
        assertThrows(IllegalStateException.class, () -> clean.feed(frame));
    }

    @Test
    void aFailedDecoderRefusesMoreInput() {
        byte[] bad = hex(EMPTY);
        bad[3] = 0x11;
        assertThrows(EventStreamException.class, () -> decoder.feed(bad));
        assertThrows(IllegalStateException.class, () -> decoder.feed(hex(EMPTY)));
        MessageDecoder throwingSink = new MessageDecoder(m -> {
            throw new IllegalArgumentException("sink");
        });
        assertThrows(IllegalArgumentException.class, () -> throwingSink.feed(hex(EMPTY)));
        assertThrows(IllegalStateException.class, () -> throwingSink.feed(hex(EMPTY)));
    }

    @Test
    void memoryStaysBoundedByTheCurrentMessage() {
        byte[] big = new byte[8 * 1024 * 1024 + 13];
        new java.util.Random(42).nextBytes(big);
        byte[] bigFrame = Frames.event("Records", big);
        byte[] small = hex(RECORDS);
        byte[] stream = Frames.concat(small, bigFrame, small, bigFrame, small);
        int maxBuffered = 0;
        for (int off = 0; off < stream.length; off += 997) {
            decoder.feed(stream, off, Math.min(997, stream.length - off));
            maxBuffered = Math.max(maxBuffered, decoder.bufferedBytes());
            // Delivered messages are not retained: at most the message in progress is held.
            assertTrue(decoder.bufferedBytes() <= bigFrame.length);
        }
        decoder.end();
        assertEquals(bigFrame.length, maxBuffered);
        assertEquals(0, decoder.bufferedBytes());
        assertEquals(5, received.size());
        assertArrayEquals(big, received.get(1).payload());
        assertArrayEquals(big, received.get(3).payload());
    }

    @Test
    void encoderEnforcesTheLimits() {
        assertThrows(IllegalArgumentException.class,
                () -> MessageEncoder.encode(Map.of(), new byte[16 * 1024 * 1024 - 15]));
        MessageEncoder.encode(Map.of(), new byte[16 * 1024 * 1024 - 16]);
        assertThrows(IllegalArgumentException.class,
                () -> MessageEncoder.encode(Map.of("s", HeaderValue.ofBytes(new byte[65536])), new byte[0]));
        assertThrows(IllegalArgumentException.class,
                () -> MessageEncoder.encode(Map.of("x".repeat(256), HeaderValue.ofBoolean(true)), new byte[0]));
    }

    @Test
    void roundTripsThroughTheEncoder() {
        EventStreamMessage m = new EventStreamMessage(allHeaderTypes(), utf8("payload"));
        decoder.feed(MessageEncoder.encode(m));
        assertEquals(m.headers(), received.get(0).headers());
        assertArrayEquals(m.payload(), received.get(0).payload());
        assertEquals("byte_array:3 bytes", HeaderValue.ofBytes(new byte[3]).toString());
    }
}
