package io.boto4j.core.protocol.rest;

import org.junit.jupiter.api.Test;

import java.util.List;

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
}
