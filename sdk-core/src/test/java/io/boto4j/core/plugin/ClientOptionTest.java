package io.boto4j.core.plugin;

import io.boto4j.core.config.ConfigException;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientOptionTest {
    /** The text read is lower-cased, so the allowed values are too: one declared with capitals still matches. */
    @Test
    void oneOfComparesWithoutRegardToCaseOfEitherSide() {
        ClientOption<String> style = ClientOption.oneOf("test.style", Set.of("Virtual", "path")).build();
        assertEquals("virtual", style.parse(" VIRTUAL "));
        assertEquals("virtual", style.parse("Virtual"));
        assertEquals("path", style.parse("Path"));
        ConfigException e = assertThrows(ConfigException.class, () -> style.parse("auto"));
        assertTrue(e.getMessage().contains("test.style") && e.getMessage().contains("[path, virtual]"), e.getMessage());
    }

    @Test
    void oneOfRejectsAllowedValuesDifferingOnlyInCase() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClientOption.oneOf("test.style", Set.of("path", "Path")));
        assertTrue(e.getMessage().contains("test.style"), e.getMessage());
    }
}
