package io.boto4j.cli.debug;

import io.boto4j.core.http.Redaction;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.pipeline.CallContext;
import io.boto4j.core.pipeline.Interceptor;

/**
 * The wire detail of {@code --debug}: each request as serialized, before it is signed (so it
 * carries no signature), headers redacted all the same. The core logs each attempt's outcome.
 */
public final class WireLog implements Interceptor {
    private static final System.Logger LOG = System.getLogger("io.boto4j.cli.wire");

    @Override
    public void beforeSign(CallContext context) {
        if (!LOG.isLoggable(System.Logger.Level.DEBUG)) {
            return;
        }
        SdkHttpRequest r = context.request();
        StringBuilder sb = new StringBuilder("request ").append(r.method()).append(' ')
                .append(Redaction.uri(context.operation(), r));
        r.headers().forEach((name, value) -> sb.append("\n  ").append(name).append(": ")
                .append(Redaction.header(context.operation(), name, value)));
        long length = context.body() == null ? 0 : context.body().contentLength();
        sb.append("\n  body: ").append(length).append(" bytes");
        LOG.log(System.Logger.Level.DEBUG, sb.toString());
    }
}
