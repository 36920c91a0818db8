package io.boto4j.core.protocol.rest;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UriTemplateTest {

    private static String expand(String template, Map<String, String> values) {
        return UriTemplate.parse(template).expand(values::get, "Op");
    }

    @Test
    void plainLabelsEncodeSlashes() {
        assertEquals("/b/a%2Fb%20c", expand("/{Bucket}/{Key}", Map.of("Bucket", "b", "Key", "a/b c")));
    }

    @Test
    void greedyLabelsKeepSlashes() {
        assertEquals("/b/photos/2024/a%20b.jpg",
                expand("/{Bucket}/{Key+}", Map.of("Bucket", "b", "Key", "photos/2024/a b.jpg")));
    }

    @Test
    void reservedAndNonAsciiCharactersArePercentEncoded() {
        assertEquals("/x/%25%3A%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D~-_.%C3%A9",
                expand("/x/{v}", Map.of("v", "%:?#[]@!$&'()*+,;=~-_.é")));
        assertEquals("/k/a%2Bb/c~d", expand("/k/{Key+}", Map.of("Key", "a+b/c~d")));
    }

    @Test
    void literalTextAroundLabelsIsKept() {
        assertEquals("/ReDosLiteral/abc/(a+)+", expand("/ReDosLiteral/{str}/(a+)+", Map.of("str", "abc")));
        assertEquals("/v1/a-b.json", expand("/v1/{Name}.json", Map.of("Name", "a-b")));
    }

    @Test
    void literalQueryIsParsedIntoPairs() {
        UriTemplate t = UriTemplate.parse("/{Bucket}/{Key+}?uploads&x-id=GetObject");
        assertEquals(List.of("Bucket", "Key"), t.labels());
        List<Map.Entry<String, String>> q = t.literalQuery();
        assertEquals(2, q.size());
        assertEquals("uploads", q.get(0).getKey());
        assertNull(q.get(0).getValue());
        assertEquals(Map.entry("x-id", "GetObject"), Map.entry(q.get(1).getKey(), q.get(1).getValue()));
        assertEquals("/b/k", t.expand(Map.of("Bucket", "b", "Key", "k")::get, "Op"));
    }

    @Test
    void missingLabelIsAnErrorNamingParameterAndOperation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UriTemplate.parse("/{Bucket}").expand(Map.<String, String>of()::get, "GetObject"));
        assertTrue(e.getMessage().contains("Bucket") && e.getMessage().contains("GetObject"), e.getMessage());
    }

    @Test
    void emptyLabelIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UriTemplate.parse("/{Bucket}/{Key+}").expand(Map.of("Bucket", "b", "Key", "")::get, "PutObject"));
        assertTrue(e.getMessage().contains("Key") && e.getMessage().contains("empty"), e.getMessage());
    }
}
