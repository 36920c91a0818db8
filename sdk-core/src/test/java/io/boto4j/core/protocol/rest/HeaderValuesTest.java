package io.boto4j.core.protocol.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.ServiceModel;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeaderValuesTest {

    @Test
    void listItemsAreQuotedOnlyWhenTheyHoldCommasOrQuotes() {
        assertEquals("a", HeaderValues.quoteListItem("a"));
        assertEquals("\"b,c\"", HeaderValues.quoteListItem("b,c"));
        assertEquals("\"\\\"def\\\"\"", HeaderValues.quoteListItem("\"def\""));
    }

    @Test
    void splitUndoesQuoting() {
        assertEquals(List.of("b,c", "\"def\"", "a"),
                HeaderValues.splitList("\"b,c\", \"\\\"def\\\"\", a", false));
        assertEquals(List.of("a", "b", "c"), HeaderValues.splitList("a, b,c", false));
        assertEquals(List.of("", "x"), HeaderValues.splitList(",x", false));
    }

    @Test
    void httpDateListsSplitEverySecondComma() {
        assertEquals(List.of("Mon, 16 Dec 2019 23:48:18 GMT", "Tue, 17 Dec 2019 23:48:18 GMT"),
                HeaderValues.splitList("Mon, 16 Dec 2019 23:48:18 GMT, Tue, 17 Dec 2019 23:48:18 GMT", true));
    }

    /** As botocore: base64 of json.dumps(value, separators=(',', ':')), non-ASCII escaped. */
    @Test
    void jsonValueHeadersAreBase64OfPythonsCompactJson() throws Exception {
        Member member = member("""
                {"shape": "J", "location": "header", "locationName": "X-J", "jsonvalue": true}""",
                """
                {"J": {"type": "string"}}""");
        String header = HeaderValues.toHeader(member, Map.of("k", List.of(1.5, "é")));
        assertEquals("{\"k\":[1.5,\"\\u00e9\"]}",
                new String(Base64.getDecoder().decode(header), StandardCharsets.UTF_8));
    }

    /** botocore drops the fraction of header timestamps, whatever their format. */
    @Test
    void headerTimestampsAreWholeSeconds() throws Exception {
        Member iso = member("""
                {"shape": "T", "location": "header", "locationName": "X-T", "timestampFormat": "iso8601"}""",
                """
                {"T": {"type": "timestamp"}}""");
        assertEquals("2024-01-02T03:04:05Z",
                HeaderValues.toHeader(iso, Instant.parse("2024-01-02T03:04:05.678901Z")));
    }

    private static Member member(String ref, String shapes) throws Exception {
        String model = "{\"metadata\": {\"protocol\": \"rest-json\", \"apiVersion\": \"1\"}, \"operations\": {},"
                + " \"shapes\": {\"In\": {\"type\": \"structure\", \"members\": {\"M\": " + ref + "}}, "
                + shapes.strip().substring(1, shapes.strip().length() - 1) + "}}";
        return ServiceModel.fromJson("t", new ObjectMapper()
                .readTree(model)).shape("In").member("M");
    }
}
