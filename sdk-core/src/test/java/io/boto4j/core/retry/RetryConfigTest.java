package io.boto4j.core.retry;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryConfigTest {

    @Test
    void defaultsToLegacyWithTheFilesAttempts() {
        RetryConfig config = RetryConfig.builder().build();
        assertEquals(RetryMode.LEGACY, config.mode());
        assertEquals(OptionalInt.empty(), config.totalMaxAttempts());
        assertEquals(RetryConfig.defaults(), config);
    }

    @Test
    void standardDefaultsToThreeAttempts() {
        assertEquals(3, RetryConfig.builder().mode("standard").build().standardMaxAttempts());
    }

    @Test
    void retryCountsAreOneLessThanAttempts() {
        RetryConfig config = RetryConfig.builder().mode("adaptive").maxRetryAttempts(4).build();
        assertEquals(RetryMode.ADAPTIVE, config.mode());
        assertEquals(OptionalInt.of(5), config.totalMaxAttempts());
        assertEquals(OptionalInt.of(2),
                RetryConfig.builder().maxRetryAttempts(9).totalMaxAttempts(2).build().totalMaxAttempts(),
                "total_max_attempts wins, as in botocore");
        assertEquals(OptionalInt.of(1), RetryConfig.builder().maxRetryAttempts(0).build().totalMaxAttempts());
    }

    @Test
    void rejectsUnknownModesAndImpossibleCounts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RetryConfig.builder().mode("aggressive").build());
        assertTrue(e.getMessage().contains("\"aggressive\" must be one of: legacy, standard, adaptive"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RetryConfig.builder().mode("Standard").build());
        assertThrows(IllegalArgumentException.class, () -> RetryConfig.builder().totalMaxAttempts(0).build());
        assertThrows(IllegalArgumentException.class, () -> RetryConfig.builder().maxRetryAttempts(-1).build());
    }
}
