package io.boto4j.core.internal.hooks;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The trace id of a Lambda invocation, escaped as botocore escapes it (sdk-services compares whole requests). */
class RecursionDetectionTest {

    @Test
    void theTraceIdIsEscapedAsBotocoreEscapesIt() {
        assertEquals("Root=1-5759e988;Parent=53995c3f42cd8ad8;Sampled=1", RecursionDetection.escape(
                "Root=1-5759e988;Parent=53995c3f42cd8ad8;Sampled=1"));
        assertEquals("a%20%C3%A9%0A%2F%25-=;:+&[]{}\"',_.~", RecursionDetection.escape("a é\n/%-=;:+&[]{}\"',_.~"));
    }
}
