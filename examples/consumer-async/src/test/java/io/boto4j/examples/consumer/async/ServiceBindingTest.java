package io.boto4j.examples.consumer.async;

import io.boto4j.examples.testing.ModularLaunch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The module-path proof without surefire's {@code --add-modules ALL-MODULE-PATH}: the consumer
 * launched as {@code java --module-path ... --module io.boto4j.examples.consumer.async/...}, where
 * nothing but JPMS service binding can resolve {@code io.boto4j.models}, {@code io.boto4j.s3} and
 * {@code io.boto4j.services}.
 * Module path only (the class-path execution leaves this class out).
 */
class ServiceBindingTest {
    @TempDir
    Path home;

    @Test
    void serviceBindingResolvesTheModelsAndThePluginThatNothingRequires() {
        Map<String, String> arrived = ModularLaunch.run("io.boto4j.examples.consumer.async",
                WhatArrived.class.getName(), Map.of(), home).values();

        List<String> modules = Arrays.asList(arrived.get("modules").split(","));
        assertTrue(modules.containsAll(List.of("io.boto4j.core", "io.boto4j.async", "io.boto4j.models", "io.boto4j.s3",
                "io.boto4j.services")),
                "resolved: " + modules);
        assertTrue(Integer.parseInt(arrived.get("models.known")) > 400, arrived.toString());
        assertTrue(arrived.get("s3.methods").contains("GeneratePresignedUrl"), arrived.toString());
        assertEquals("/bucket/key", arrived.get("s3.presignedPath"));
        assertEquals("/bucket/bucket/key", arrived.get("s3.presignedPath.withoutPlugin"));
    }
}
