package io.boto4j.cli.debug;

import io.boto4j.core.http.Redaction;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.Hook;

import java.util.concurrent.CompletionStage;

/**
 * The wire detail of {@code --debug}: each request as serialized, before it is signed (so it
 * carries no signature), headers redacted all the same. The core logs each attempt's outcome.
 * A hook like any other, last of its stage so that it shows what the built-ins made of the request.
 */
public final class WireLog implements Hook {
    private static final System.Logger LOG = System.getLogger("io.boto4j.cli.wire");

    @Override
    public int order() {
        return Integer.MAX_VALUE;
    }

    @Override
    public CompletionStage<Void> afterSerialization(CallContext context) {
        if (!LOG.isLoggable(System.Logger.Level.DEBUG)) {
            return CONTINUE;
        }
        SdkHttpRequest r = context.request();
        StringBuilder sb = new StringBuilder("request ").append(r.method()).append(' ')
                .append(Redaction.uri(context.operation(), r));
        r.headers().forEach((name, value) -> sb.append("\n  ").append(name).append(": ")
                .append(Redaction.header(context.operation(), name, value)));
        long length = r.body() == null ? 0 : r.body().contentLength();
        sb.append("\n  body: ").append(length).append(" bytes");
        LOG.log(System.Logger.Level.DEBUG, sb.toString());
        return CONTINUE;
    }
}
