package io.boto4j.core.protocol.cbor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.boto4j.core.protocol.ResponseParseException;
import io.boto4j.core.protocol.json.JsonBodyReader;
import io.boto4j.core.protocol.support.BoundedJackson;
import io.boto4j.core.protocol.support.ResponseParsing;

import java.io.IOException;

/**
 * Reads SDK values out of a CBOR body read into a Jackson tree. Jackson's CBOR parser accepts
 * indefinite-length items, half-precision floats and byte strings (binary nodes); tag 1 is
 * dropped, and the timestamp shape reads the bare epoch seconds. Unlike JSON, null map values
 * are skipped, as botocore's CBOR parser skips them.
 */
public final class CborBodyReader extends JsonBodyReader {
    public static final CborBodyReader CBOR_INSTANCE = new CborBodyReader();

    private static final ObjectMapper CBOR = BoundedJackson.cborMapper();

    private CborBodyReader() {
    }

    /**
     * Parses a CBOR body; an empty body is an empty object.
     *
     * @throws ResponseParseException when the body is not CBOR or exceeds the response limits
     */
    public static JsonNode parseCbor(byte[] body) {
        if (body == null || body.length == 0) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            JsonNode node = CBOR.readTree(body);
            return node == null ? JsonNodeFactory.instance.objectNode() : node;
        } catch (IOException e) {
            throw new ResponseParseException("response body is not valid CBOR: " + ResponseParsing.describe(e), e);
        }
    }

    @Override
    protected boolean keepsNullMapValues() {
        return false;
    }
}
