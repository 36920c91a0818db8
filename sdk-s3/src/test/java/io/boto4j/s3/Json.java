package io.boto4j.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.pipeline.CallResult;

/** botocore's results (JSON) and boto4j's (maps) side by side, for the differential tests. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** A botocore result as the JSON it is. */
    static JsonNode of(Object botocoreResult) {
        return (JsonNode) botocoreResult;
    }

    /** A boto4j output as JSON (text, numbers, booleans, lists and maps; no timestamps or streams). */
    static JsonNode output(CallResult result) {
        return MAPPER.valueToTree(result.output());
    }
}
