package io.boto4j.core.typed;

import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewAccessTest {
    /** A view whose types come from this module and from java.base. */
    public interface View {
        CompletableFuture<List<Item>> listItems(Map<String, Query> query);
    }

    /** A record reaching another record through a component. */
    public record Item(String name, Nested nested) {
    }

    /** Reached only through Item. */
    public record Nested(int size) {
    }

    /** A parameter type. */
    public record Query(String text) {
    }

    @Test
    void thePackagesOfTheViewAndOfTheTypesItReachesInItsModule() {
        // java.base's List, Map, String and CompletableFuture are not the caller's to open.
        assertEquals(Set.of("io.boto4j.core.typed"), ViewAccess.packagesOf(View.class));
    }

    @Test
    void aLookupOfAnotherModuleIsRefusedNamingTheModule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ViewAccess.open(View.class, MethodHandles.lookup().in(String.class)));
        assertTrue(e.getMessage().contains("io.boto4j.core"), e.getMessage());
        assertTrue(e.getMessage().contains("MethodHandles.lookup()"), e.getMessage());
    }

    @Test
    void theOwnLookupOpensToJacksonAndTheCore() {
        ViewAccess.open(View.class, MethodHandles.lookup());
        Module core = View.class.getModule();
        Module jackson = com.fasterxml.jackson.databind.ObjectMapper.class.getModule();
        assertTrue(core.isOpen("io.boto4j.core.typed", jackson));
    }
}
