package io.boto4j.services.internal;

import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.http.UriEncoding;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code application/x-www-form-urlencoded} body of a query or EC2 request as botocore's
 * handlers see it at {@code before-call}: an ordered dictionary of serialized parameters, which
 * they read, extend and trim before it is sent. Values are kept decoded and encoded again as the
 * core's serializer encodes them.
 */
public final class FormBody {
    private final List<Map.Entry<String, String>> params;

    private FormBody(List<Map.Entry<String, String>> params) {
        this.params = params;
    }

    /** The request's body, parsed; an empty body (or none) has no parameters. */
    public static FormBody of(SdkHttpRequest request) {
        byte[] body = request.bodyBytes();
        List<Map.Entry<String, String>> params = new ArrayList<>();
        if (body != null && body.length > 0) {
            for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    params.add(new SimpleEntry<>(decode(eq < 0 ? pair : pair.substring(0, eq)),
                            eq < 0 ? "" : decode(pair.substring(eq + 1))));
                }
            }
        }
        return new FormBody(params);
    }

    /** A copy, to change without changing this one. */
    public FormBody copy() {
        List<Map.Entry<String, String>> copy = new ArrayList<>();
        params.forEach(p -> copy.add(new SimpleEntry<>(p.getKey(), p.getValue())));
        return new FormBody(copy);
    }

    /** Whether the body has the parameter. */
    public boolean has(String name) {
        return get(name) != null;
    }

    /** The parameter's value, or null. */
    public String get(String name) {
        for (Map.Entry<String, String> p : params) {
            if (p.getKey().equals(name)) {
                return p.getValue();
            }
        }
        return null;
    }

    /** Sets a parameter where it is, or at the end when it is new (a Python dict's assignment). */
    public FormBody set(String name, String value) {
        for (Map.Entry<String, String> p : params) {
            if (p.getKey().equals(name)) {
                p.setValue(value);
                return this;
            }
        }
        params.add(new SimpleEntry<>(name, value));
        return this;
    }

    /** Removes a parameter. */
    public FormBody remove(String name) {
        params.removeIf(p -> p.getKey().equals(name));
        return this;
    }

    /** The parameters in order, decoded. */
    public List<Map.Entry<String, String>> params() {
        return List.copyOf(params);
    }

    /** Makes this the request's body, with its {@code Content-Length}. */
    public void writeTo(SdkHttpRequest request) {
        StringBuilder out = new StringBuilder(256);
        for (Map.Entry<String, String> p : params) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(UriEncoding.encode(p.getKey())).append('=').append(UriEncoding.encode(p.getValue()));
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        request.body(bytes);
        request.headers().set("Content-Length", Integer.toString(bytes.length));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
