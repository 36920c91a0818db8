package io.boto4j.core.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class HeaderNamesTest {

    @Test
    void lowerCasesAsHttpComparesNamesAndRemembersTheAnswer() {
        assertEquals("x-amz-date", HeaderNames.lowerCase("X-Amz-Date"));
        assertSame(HeaderNames.lowerCase("Content-Type"), HeaderNames.lowerCase("Content-Type"));
        // Locale.ROOT: no Turkish dotless i, whatever the default locale.
        assertEquals("if-match", HeaderNames.lowerCase("IF-MATCH"));
        assertEquals("etag", HeaderNames.lowerCase("etag"));
    }

    @Test
    void headersStayCaseInsensitiveAndKeepTheFirstSpelling() {
        Headers h = new Headers().set("X-Amz-Date", "1").add("x-amz-date", "2").set("Content-Type", "a");
        assertEquals(java.util.List.of("1", "2"), h.all("X-AMZ-DATE"));
        h.set("content-type", "b");
        assertEquals(java.util.List.of("X-Amz-Date", "Content-Type"), h.names());
        assertEquals("b", h.first("CONTENT-TYPE"));
    }
}
