package io.boto4j.core.protocol.support;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import io.boto4j.core.protocol.ResponseLimits;

/**
 * Jackson mappers for reading what comes from the network (response bodies, credential
 * documents, JSON headers), with {@link ResponseLimits} as their stream constraints. Jackson
 * then refuses deep nesting, long numbers, strings and names while it parses, before anything
 * is built from them.
 */
public final class BoundedJackson {
    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxNestingDepth(ResponseLimits.MAX_NESTING_DEPTH)
            .maxNumberLength(ResponseLimits.MAX_NUMBER_LENGTH)
            .maxStringLength(ResponseLimits.MAX_STRING_LENGTH)
            .maxNameLength(ResponseLimits.MAX_NAME_LENGTH)
            .maxDocumentLength(ResponseLimits.MAX_BUFFERED_BODY_BYTES)
            .build();

    private BoundedJackson() {
    }

    /**
     * The constraints every reading factory gets.
     *
     * @return Jackson's constraints set from {@link ResponseLimits}
     */
    public static StreamReadConstraints constraints() {
        return CONSTRAINTS;
    }

    /**
     * A JSON mapper builder whose parsers keep to the limits.
     *
     * @return a new builder, to be configured further and built once
     */
    public static JsonMapper.Builder jsonMapper() {
        return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build());
    }

    /**
     * A JSON mapper for response bodies: floats as {@code BigDecimal}, so that bigdecimal
     * shapes and fractional epoch seconds stay exact.
     *
     * @return a new mapper; thread-safe once built, so build one and keep it
     */
    public static ObjectMapper jsonBodyMapper() {
        return jsonMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    }

    /**
     * A CBOR mapper whose parsers keep to the limits.
     *
     * @return a new mapper; thread-safe once built, so build one and keep it
     */
    public static ObjectMapper cborMapper() {
        return CBORMapper.builder(CBORFactory.builder().streamReadConstraints(CONSTRAINTS).build()).build();
    }
}
