package io.boto4j.core.internal.retry;

import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryQuotaTest {

    @Test
    void exhaustsAfterOneHundredRetriesOfFive() {
        RetryQuota quota = new RetryQuota();
        for (int i = 0; i < 100; i++) {
            assertTrue(quota.acquire(5), "retry " + i);
        }
        assertEquals(0, quota.available());
        assertFalse(quota.acquire(5));
        assertFalse(quota.acquire(1));
    }

    @Test
    void aFailedAcquireTakesNothing() {
        RetryQuota quota = new RetryQuota(7);
        assertFalse(quota.acquire(10));
        assertEquals(7, quota.available());
        assertTrue(quota.acquire(5));
        assertFalse(quota.acquire(5));
        assertEquals(2, quota.available());
    }

    @Test
    void releaseRefillsUpToTheInitialCapacityOnly() {
        RetryQuota quota = new RetryQuota();
        quota.acquire(10);
        quota.release(1);
        assertEquals(491, quota.available());
        quota.release(100);
        assertEquals(500, quota.available());
    }

    @Test
    void concurrentAcquiresNeverOverdraw() throws InterruptedException {
        RetryQuota quota = new RetryQuota();
        AtomicInteger granted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 400; i++) {
            pool.execute(() -> {
                if (quota.acquire(5)) {
                    granted.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(100, granted.get());
        assertEquals(0, quota.available());
    }
}
