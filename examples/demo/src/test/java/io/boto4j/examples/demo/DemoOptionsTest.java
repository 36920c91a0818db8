package io.boto4j.examples.demo;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoOptionsTest {

    @Test
    void noOptionsMeansEmbeddedServersAndTheFullSize() {
        DemoOptions options = DemoOptions.parse(List.of());
        assertFalse(options.useAccount());
        assertEquals(DemoOptions.DEFAULT_SIZE_MIB, options.sizeMiB());
        assertFalse(options.assumeYes());
    }

    @Test
    void anyOfTheAccountOptionsLeavesTheEmbeddedServersOut() {
        assertTrue(DemoOptions.parse(List.of("--aws")).useAccount());
        DemoOptions profile = DemoOptions.parse(List.of("--profile", "sandbox", "--yes"));
        assertTrue(profile.useAccount());
        assertEquals("sandbox", profile.profile());
        assertTrue(profile.assumeYes());
        DemoOptions endpoint = DemoOptions.parse(List.of("--endpoint-url", "http://localhost:4566", "--region", "eu-west-1"));
        assertTrue(endpoint.useAccount());
        assertEquals(URI.create("http://localhost:4566"), endpoint.endpointUrl());
        assertEquals("eu-west-1", endpoint.region());
    }

    @Test
    void theRegionAloneDoesNotLeaveTheEmbeddedServers() {
        assertFalse(DemoOptions.parse(List.of("--region", "eu-west-1")).useAccount());
    }

    @Test
    void badCommandLinesSayWhatToChange() {
        assertEquals("unknown option --bucket (see --help)", message("--bucket", "b"));
        assertEquals("--profile needs a value", message("--profile"));
        assertEquals("--profile needs a value", message("--profile", "--yes"));
        assertEquals("--size-mib takes a whole number from 1 to 1024, not 0", message("--size-mib", "0"));
        assertEquals("--size-mib takes a whole number from 1 to 1024, not big", message("--size-mib", "big"));
        assertEquals("--endpoint-url must be an http:// or https:// URL with a host, not ftp://h",
                message("--endpoint-url", "ftp://h"));
        assertTrue(message("--endpoint-url", "http://bad host").startsWith("--endpoint-url is not a URL: "));
    }

    private static String message(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse(List.of(args))).getMessage();
    }
}
