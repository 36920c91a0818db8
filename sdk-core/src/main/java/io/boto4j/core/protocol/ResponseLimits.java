package io.boto4j.core.protocol;

/**
 * The bounds every response parser enforces, so that a hostile or broken server can make a call
 * fail with a {@link ResponseParseException} but never exhaust the caller's stack, memory or CPU.
 * Each is far above what any AWS service sends; botocore has none of them (Python's recursion
 * limit and the machine's memory bound it instead).
 */
public final class ResponseLimits {
    /**
     * How deeply JSON arrays and objects, CBOR containers and XML elements may nest. The deepest
     * AWS data (a DynamoDB item nests at most 32 levels) needs well under a hundred; the parsers
     * and the model-driven readers recurse once per level, and this keeps that recursion far
     * from a thread's stack size whatever thread the response is read on.
     */
    public static final int MAX_NESTING_DEPTH = 256;

    /**
     * The longest number, in characters (or the equivalent digits of a CBOR bignum): JSON and
     * CBOR through Jackson's constraints, XML text, header values and numeric strings through
     * the readers. Converting longer digit strings costs time quadratic in their length.
     */
    public static final int MAX_NUMBER_LENGTH = 1000;

    /**
     * The longest string, in characters: a Kinesis record of 10 MiB is 14 M characters of base64,
     * so this leaves room for the largest real value.
     */
    public static final int MAX_STRING_LENGTH = 32 * 1024 * 1024;

    /** The longest object key, in characters: DynamoDB attribute names may be 64 KiB. */
    public static final int MAX_NAME_LENGTH = 128 * 1024;

    /**
     * The largest response body read into memory to be parsed (streaming payloads, such as S3
     * objects and event streams, are not buffered and have their own bounds). The largest
     * buffered AWS responses (Lambda payloads, DynamoDB batches, Kinesis records) stay far below.
     */
    public static final long MAX_BUFFERED_BODY_BYTES = 256L * 1024 * 1024;

    private ResponseLimits() {
    }
}
