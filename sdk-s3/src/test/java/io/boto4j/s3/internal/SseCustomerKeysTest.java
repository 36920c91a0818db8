package io.boto4j.s3.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.ParamValidationException;
import io.boto4j.testsupport.Botocore;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SSE-C keys, checked against botocore's {@code sse_md5} and {@code copy_source_sse_md5}. */
class SseCustomerKeysTest {
    private static final byte[] BINARY_KEY = new byte[32];

    static {
        for (int i = 0; i < 32; i++) {
            BINARY_KEY[i] = (byte) (i * 37 + 200);
        }
    }

    @Test
    void rawKeysAsTextOrBytesGetBotocoresHeaders() throws Exception {
        Botocore.assumeAvailable();
        List<Map<String, Object>> cases = new ArrayList<>();
        cases.add(Map.of("kind", "sse", "prefix", "SSECustomer", "key", "0123456789abcdef0123456789abcdef"));
        cases.add(Map.of("kind", "sse", "prefix", "CopySourceSSECustomer", "keyB64", Base64.getEncoder().encodeToString(BINARY_KEY)));
        cases.add(Map.of("kind", "sse", "prefix", "SSECustomer", "key", "ключ-é-😀"));
        cases.add(Map.of("kind", "sse", "prefix", "SSECustomer", "key", "already", "params", Map.of("SSECustomerKeyMD5", "given")));
        List<JsonNode> botocore = Botocore.run("botocore_s3_customizations.py", cases);

        List<Map<String, Object>> mine = List.of(
                params("SSECustomerKey", "0123456789abcdef0123456789abcdef"),
                params("CopySourceSSECustomerKey", BINARY_KEY),
                params("SSECustomerKey", "ключ-é-😀"),
                params("SSECustomerKey", "already", "SSECustomerKeyMD5", "given"));
        String[] prefixes = {SseCustomerKeys.OBJECT, SseCustomerKeys.COPY_SOURCE, SseCustomerKeys.OBJECT, SseCustomerKeys.OBJECT};
        for (int i = 0; i < mine.size(); i++) {
            SseCustomerKeys.apply(mine.get(i), prefixes[i], "PutObject");
            Map<String, String> theirs = new LinkedHashMap<>();
            botocore.get(i).path("params").fields().forEachRemaining(e -> theirs.put(e.getKey(), e.getValue().asText()));
            assertEquals(theirs, mine.get(i), "case " + i);
        }
    }

    @Test
    void knownValuesAndNoSecretInToString() {
        SseCustomerKeys.Encoded e = SseCustomerKeys.encode("0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=", e.keyBase64());
        assertEquals("hRasmdxgYDKV3nvbahU1MA==", e.md5Base64());
        assertFalse(e.toString().contains("MDEy"));
    }

    @Test
    void aKeyOfAnotherTypeIsRefusedWithoutShowingIt() {
        Map<String, Object> p = params("SSECustomerKey", 12345);
        ParamValidationException e = assertThrows(ParamValidationException.class,
                () -> SseCustomerKeys.apply(p, SseCustomerKeys.OBJECT, "GetObject"));
        assertEquals("SSECustomerKey", e.problems().get(0).path());
        assertFalse(e.getMessage().contains("12345"));
        assertTrue(e.getMessage().startsWith("Parameter validation failed for s3.GetObject:"));
    }

    @Test
    void noKeyNothingChanges() {
        Map<String, Object> p = params("Bucket", "b");
        SseCustomerKeys.apply(p, SseCustomerKeys.OBJECT, "GetObject");
        assertEquals(Map.of("Bucket", "b"), p);
        assertTrue(SseCustomerKeys.OBJECT_KEY_OPERATIONS.contains("UploadPart"));
        assertEquals(List.of("CopyObject", "UploadPartCopy"), SseCustomerKeys.COPY_SOURCE_KEY_OPERATIONS);
    }

    private static Map<String, Object> params(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
