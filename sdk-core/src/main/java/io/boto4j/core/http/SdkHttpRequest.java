package io.boto4j.core.http;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A request as the protocol serializers build it and the signers and transports consume it.
 *
 * <p>The path is kept already percent-encoded, exactly as it goes on the wire (the serializer
 * knows which parts are greedy labels); query parameters are kept decoded, in order, and
 * encoded once by {@link #uri()}. The endpoint carries scheme, host, port and an optional base
 * path that is prefixed to {@link #encodedPath()}.
 */
public final class SdkHttpRequest {
    private String method;
    private URI endpoint;
    private String encodedPath;
    private final List<Map.Entry<String, String>> queryParams = new ArrayList<>();
    private final Headers headers = new Headers();
    private final Set<String> unsignedHeaders = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private RequestBody body;

    /**
     * A request without query parameters, headers or body.
     *
     * @param method      the HTTP method, e.g. {@code GET}
     * @param endpoint    scheme, host, port and optional base path
     * @param encodedPath the operation's path, already percent-encoded; null or empty gives {@code /}
     * @throws NullPointerException when {@code method} or {@code endpoint} is null
     */
    public SdkHttpRequest(String method, URI endpoint, String encodedPath) {
        this.method = Objects.requireNonNull(method, "method");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.encodedPath = encodedPath == null || encodedPath.isEmpty() ? "/" : encodedPath;
    }

    /**
     * The HTTP method.
     *
     * @return the method as given, e.g. {@code PUT}
     */
    public String method() {
        return method;
    }

    /**
     * Replaces the HTTP method.
     *
     * @param method the new method, not null
     * @return this request, for chaining
     */
    public SdkHttpRequest method(String method) {
        this.method = Objects.requireNonNull(method);
        return this;
    }

    /**
     * Where the request goes, without the operation's path and query.
     *
     * @return {@code scheme://host[:port][/basePath]}
     */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * Replaces the endpoint (after endpoint resolution, or for a host prefix).
     *
     * @param endpoint {@code scheme://host[:port][/basePath]}, not null
     * @return this request, for chaining
     */
    public SdkHttpRequest endpoint(URI endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint);
        return this;
    }

    /**
     * The operation's path, percent-encoded, starting with '/', without the endpoint's base path;
     * empty when the operation adds nothing to the endpoint's own path.
     *
     * @return the encoded path, never null unless set to null
     */
    public String encodedPath() {
        return encodedPath;
    }

    /**
     * Replaces the operation's path, taken as written (unlike the constructor, empty stays empty).
     *
     * @param encodedPath the percent-encoded path, starting with '/', or empty
     * @return this request, for chaining
     */
    public SdkHttpRequest encodedPath(String encodedPath) {
        this.encodedPath = encodedPath;
        return this;
    }

    /**
     * The full encoded path: the endpoint's base path joined with the operation's path.
     *
     * @return the path as it goes on the wire, with exactly one '/' at the join; {@code /} at least
     */
    public String fullEncodedPath() {
        String base = endpoint.getRawPath();
        if (base == null || base.isEmpty() || base.equals("/")) {
            return encodedPath.isEmpty() ? "/" : encodedPath;
        }
        if (encodedPath.isEmpty()) {
            return base; // the operation adds nothing to the endpoint's path
        }
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + (encodedPath.startsWith("/") ? encodedPath : "/" + encodedPath);
    }

    /**
     * Decoded query parameters in order; a null value means a key without '=' (e.g. {@code ?uploads}).
     *
     * @return the live, modifiable list of parameters (repeated keys allowed)
     */
    public List<Map.Entry<String, String>> queryParams() {
        return queryParams;
    }

    /**
     * Appends a query parameter; a key already present is repeated, not replaced.
     *
     * @param name  the decoded key
     * @param value the decoded value, or null for a key without '='
     * @return this request, for chaining
     */
    public SdkHttpRequest addQueryParam(String name, String value) {
        queryParams.add(new java.util.AbstractMap.SimpleEntry<>(name, value));
        return this;
    }

    /**
     * The request's headers.
     *
     * @return the live, modifiable headers (not a copy)
     */
    public Headers headers() {
        return headers;
    }

    /**
     * Marks a header as sent but not signed: one that botocore's HTTP layer adds after signing
     * (the {@code Content-Length} of the body), so that the signature covers what botocore's does.
     *
     * @param headerName the header's name, in any case
     * @return this request, for chaining
     */
    public SdkHttpRequest markUnsigned(String headerName) {
        unsignedHeaders.add(Objects.requireNonNull(headerName));
        return this;
    }

    /**
     * Whether {@link #markUnsigned} named this header (case-insensitively).
     *
     * @param headerName the header's name, in any case
     * @return whether the signer must leave it out
     */
    public boolean isUnsigned(String headerName) {
        return unsignedHeaders.contains(headerName);
    }

    /**
     * The body to send, in memory or streamed, or null for none. The request's one body slot.
     *
     * @return the body, or null
     */
    public RequestBody body() {
        return body;
    }

    /**
     * Replaces the body (null for none). Headers that describe it are the caller's to keep in step.
     *
     * @param body the new body, or null
     * @return this request, for chaining
     */
    public SdkHttpRequest body(RequestBody body) {
        this.body = body;
        return this;
    }

    /**
     * Sets an in-memory body (null for none).
     *
     * @param bytes the body's bytes, not copied (never change them afterwards), or null
     * @return this request, for chaining
     */
    public SdkHttpRequest body(byte[] bytes) {
        return body(bytes == null ? null : RequestBody.of(bytes));
    }

    /**
     * The body's bytes when it is held in memory; null when there is no body or it streams.
     *
     * @return the body's own array (not a copy), or null
     */
    public byte[] bodyBytes() {
        return body == null ? null : body.bytes();
    }

    /**
     * An independent copy (headers and query list copied; the body is shared, as bodies are never mutated).
     *
     * @return a new request that changes independently of this one
     */
    public SdkHttpRequest copy() {
        SdkHttpRequest c = new SdkHttpRequest(method, endpoint, encodedPath);
        c.encodedPath = encodedPath;
        c.queryParams.addAll(queryParams);
        headers.forEach(c.headers::add);
        c.unsignedHeaders.addAll(unsignedHeaders);
        c.body = body;
        return c;
    }

    /**
     * Whether the request asks for {@code Expect: 100-continue}: a transport then sends the head,
     * waits a moment for the server's go-ahead and sends the body only then (or after the wait,
     * as botocore does), and not at all when a final answer comes first.
     *
     * @return whether the {@code Expect} header says {@code 100-continue}, in any case
     */
    public boolean expectsContinue() {
        String expect = headers.first("Expect");
        return expect != null && expect.trim().equalsIgnoreCase("100-continue");
    }

    /**
     * Host with the port when it is not the scheme's default, as the Host header carries it.
     * An authority that is not a valid server name (a host prefix in front of an IP address,
     * {@code api.127.0.0.1:4566}, as botocore builds it) is taken as written.
     *
     * @return {@code host} or {@code host:port}, without user info
     */
    public String hostHeader() {
        String scheme = endpoint.getScheme();
        String host = endpoint.getHost();
        int port = endpoint.getPort();
        if (host == null) {
            String authority = endpoint.getRawAuthority();
            authority = authority.substring(authority.indexOf('@') + 1);
            int colon = authority.lastIndexOf(':');
            if (colon > authority.lastIndexOf(']') && colon >= 0) {
                host = authority.substring(0, colon);
                port = Integer.parseInt(authority.substring(colon + 1));
            } else {
                host = authority;
            }
        }
        boolean defaultPort = port == -1
                || ("https".equalsIgnoreCase(scheme) && port == 443)
                || ("http".equalsIgnoreCase(scheme) && port == 80);
        return defaultPort ? host : host + ":" + port;
    }

    /**
     * The encoded query string, each key and value encoded with {@link UriEncoding#encode}.
     *
     * @return the parameters joined with '&amp;', in order, without a leading '?'; "" when there are none
     */
    public String encodedQuery() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> p : queryParams) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(UriEncoding.encode(p.getKey()));
            if (p.getValue() != null) {
                sb.append('=').append(UriEncoding.encode(p.getValue()));
            }
        }
        return sb.toString();
    }

    /**
     * The full request URI, encoded once.
     *
     * @return scheme, {@link #hostHeader()}, {@link #fullEncodedPath()} and the query, if any
     * @throws IllegalArgumentException when the parts do not form a valid URI
     */
    public URI uri() {
        String q = encodedQuery();
        StringBuilder sb = new StringBuilder()
                .append(endpoint.getScheme()).append("://").append(hostHeader())
                .append(fullEncodedPath());
        if (!q.isEmpty()) {
            sb.append('?').append(q);
        }
        return URI.create(sb.toString());
    }

    /** Method and URI only: headers and body may carry secrets. */
    @Override
    public String toString() {
        return method + " " + endpoint.getScheme() + "://" + hostHeader() + fullEncodedPath();
    }
}
