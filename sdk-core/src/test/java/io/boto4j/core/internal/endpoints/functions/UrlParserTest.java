package io.boto4j.core.internal.endpoints.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UrlParserTest {

    private static Map<String, Object> url(String scheme, String authority, String path, String normalized, boolean ip) {
        return Map.of("scheme", scheme, "authority", authority, "path", path, "normalizedPath", normalized, "isIp", ip);
    }

    @Test
    void hostOnly() {
        assertEquals(url("https", "example.com", "", "/", false), UrlParser.parseUrl("https://example.com"));
    }

    @Test
    void ipv4WithPortAndPath() {
        assertEquals(url("http", "127.0.0.1:8080", "/path/", "/path/", true),
                UrlParser.parseUrl("http://127.0.0.1:8080/path/"));
        assertEquals(true, UrlParser.parseUrl("https://user@1.2.3.4").get("isIp"));
    }

    @Test
    void ipv6WithPortAndDotSegments() {
        assertEquals(url("https", "[::1]:443", "/a//b/../c", "/a/c/", true),
                UrlParser.parseUrl("https://[::1]:443/a//b/../c"));
        assertEquals(true, UrlParser.parseUrl("https://[fe80::1%25en0]").get("isIp"));
        assertEquals(true, UrlParser.parseUrl("http://[2001:db8::8a2e:370:7334]/").get("isIp"));
    }

    @Test
    void hostNamesThatLookNumericAreNotIpsUnlessDotted() {
        assertEquals(false, UrlParser.parseUrl("https://123.example.com").get("isIp"));
        assertEquals(false, UrlParser.parseUrl("https://1.2.3").get("isIp"));
    }

    @Test
    void schemeIsLowerCasedAndAuthorityKept() {
        assertEquals(url("https", "Example.COM", "/x", "/x/", false), UrlParser.parseUrl("HTTPS://Example.COM/x"));
    }

    @Test
    void pathIsEncodedInNormalizedPathAsBotocoreDoes() {
        assertEquals("/a%2520b/", UrlParser.parseUrl("https://example.com/a%20b").get("normalizedPath"));
        assertEquals("/a/b/", UrlParser.parseUrl("https://example.com/./a/b").get("normalizedPath"));
    }

    @Test
    void emptyQueryAndFragmentAreIgnored() {
        assertEquals(url("https", "example.com", "", "/", false), UrlParser.parseUrl("https://example.com?"));
        assertEquals(url("https", "example.com", "", "/", false), UrlParser.parseUrl("https://example.com#frag"));
    }

    @Test
    void rejectsQueriesOtherSchemesAndBadPorts() {
        assertNull(UrlParser.parseUrl("https://example.com?x=1"));
        assertNull(UrlParser.parseUrl("ftp://example.com"));
        assertNull(UrlParser.parseUrl("example.com"));
        assertNull(UrlParser.parseUrl("https://example.com:99999"));
        assertNull(UrlParser.parseUrl("https://example.com:abc"));
        assertNull(UrlParser.parseUrl("https://[::1"));
        assertNull(UrlParser.parseUrl(null));
    }
}
