package io.boto4j.core.internal.endpoints.functions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HostLabelsTest {

    @Test
    void singleLabels() {
        assertTrue(HostLabels.isValidHostLabel("us-east-1", false));
        assertTrue(HostLabels.isValidHostLabel("a", false));
        assertTrue(HostLabels.isValidHostLabel("A1", false));
        assertTrue(HostLabels.isValidHostLabel("a".repeat(63), false));
        assertFalse(HostLabels.isValidHostLabel("a".repeat(64), false));
        assertFalse(HostLabels.isValidHostLabel("", false));
        assertFalse(HostLabels.isValidHostLabel("-abc", false));
        assertFalse(HostLabels.isValidHostLabel("abc-", false));
        assertFalse(HostLabels.isValidHostLabel("a_b", false));
        assertFalse(HostLabels.isValidHostLabel("a.b", false));
        assertFalse(HostLabels.isValidHostLabel(null, false));
    }

    @Test
    void subDomains() {
        assertTrue(HostLabels.isValidHostLabel("a.b.c", true));
        assertFalse(HostLabels.isValidHostLabel("a..b", true));
        assertFalse(HostLabels.isValidHostLabel("a.", true));
        assertFalse(HostLabels.isValidHostLabel(".a", true));
        assertFalse(HostLabels.isValidHostLabel("a.-b", true));
    }

    @Test
    void virtualHostableBuckets() {
        assertTrue(HostLabels.isVirtualHostableS3Bucket("abc", false));
        assertFalse(HostLabels.isVirtualHostableS3Bucket("ab", false));
        assertFalse(HostLabels.isVirtualHostableS3Bucket("Abc", false));
        assertFalse(HostLabels.isVirtualHostableS3Bucket("a_bc", false));
        assertFalse(HostLabels.isVirtualHostableS3Bucket(null, false));
    }

    @Test
    void virtualHostableBucketsWithDots() {
        assertTrue(HostLabels.isVirtualHostableS3Bucket("my.bucket.name", true));
        assertFalse(HostLabels.isVirtualHostableS3Bucket("my.bucket.name", false));
        assertFalse(HostLabels.isVirtualHostableS3Bucket("my..bucket", true));
        assertFalse(HostLabels.isVirtualHostableS3Bucket("bucket.", true));
        assertFalse(HostLabels.isVirtualHostableS3Bucket("192.168.1.1", true));
        assertTrue(HostLabels.isVirtualHostableS3Bucket("192.168.1.bucket", true));
    }
}
