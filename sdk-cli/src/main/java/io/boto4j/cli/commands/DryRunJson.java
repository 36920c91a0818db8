package io.boto4j.cli.commands;

import io.boto4j.cli.values.Utf8Text;
import io.boto4j.core.pipeline.ServiceRuntime;
import io.boto4j.core.http.RequestBody;
import io.boto4j.core.transport.Publishers;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A signed request as the dry run prints it: {@code {"method", "url", "headers", "body"}},
 * with {@code "bodyBase64"} in place of {@code "body"} when the body is not UTF-8 text.
 */
public final class DryRunJson {
    /** The largest streamed body a dry run reads to print it. */
    private static final long SHOWN = 1 << 20;

    private DryRunJson() {
    }

    public static Map<String, Object> of(ServiceRuntime.SignedRequest signed) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("method", signed.request().method());
        out.put("url", signed.request().uri().toString());
        out.put("headers", signed.request().headers().toSingleValueMap());
        RequestBody body = signed.body();
        byte[] bytes = body == null ? new byte[0] : body.bytes();
        if (bytes == null && body.replayable() && body.contentLength() >= 0 && body.contentLength() <= SHOWN) {
            // e.g. a body framed as aws-chunked around one in memory: read it as it would be sent
            bytes = Publishers.aggregate(body.publisher(), body.contentLength()).join();
        }
        if (bytes == null) {
            out.put("body", "<streaming body of " + body.contentLength() + " bytes>");
        } else {
            String text = Utf8Text.decodeOrNull(bytes);
            if (text != null) {
                out.put("body", text);
            } else {
                out.put("bodyBase64", Base64.getEncoder().encodeToString(bytes));
            }
        }
        return out;
    }
}
