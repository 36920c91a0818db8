package io.boto4j.core.protocol.cbor;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import io.boto4j.core.protocol.json.JsonBodyWriter;

import java.io.IOException;
import java.time.Instant;

/**
 * Writes SDK values as CBOR: the JSON body walk with CBOR's own scalars. Blobs are byte strings
 * (Jackson's binary), floats keep NaN and infinities as IEEE values, timestamps are tag 1 epoch
 * seconds, and containers carry definite lengths as botocore writes them.
 */
public final class CborBodyWriter extends JsonBodyWriter {
    public static final CborBodyWriter CBOR_INSTANCE = new CborBodyWriter();

    /** Tag 1: epoch-based date/time (RFC 8949 section 3.4.2). */
    private static final int EPOCH_SECONDS_TAG = 1;

    private static final CBORFactory CBOR = new CBORFactory();

    private CborBodyWriter() {
    }

    @Override
    protected JsonFactory factory() {
        return CBOR;
    }

    @Override
    protected boolean writesContainerSizes() {
        return true;
    }

    @Override
    protected void writeFloat(JsonGenerator g, float f) throws IOException {
        g.writeNumber(f);
    }

    @Override
    protected void writeDouble(JsonGenerator g, double d) throws IOException {
        g.writeNumber(d);
    }

    /**
     * Tag 1 with integral seconds, or, as botocore, a double of the microseconds divided once
     * (so rounded once) when the instant has a fraction; the format trait does not apply.
     */
    @Override
    protected void writeTimestamp(JsonGenerator g, Instant t, String format) throws IOException {
        ((CBORGenerator) g).writeTag(EPOCH_SECONDS_TAG);
        long micros = t.getNano() / 1000;
        if (micros == 0) {
            g.writeNumber(t.getEpochSecond());
        } else {
            g.writeNumber((t.getEpochSecond() * 1_000_000L + micros) / 1e6);
        }
    }
}
