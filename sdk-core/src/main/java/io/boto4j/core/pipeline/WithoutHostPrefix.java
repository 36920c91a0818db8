package io.boto4j.core.pipeline;

/**
 * Sends to the endpoint as resolved, without the operation's host prefix: botocore's
 * {@code inject_host_prefix=False} ({@code disable_host_prefix_injection}), for endpoints where
 * {@code api.} or {@code data.} in front of the host cannot work (an IP address, a local server).
 * The prefix's labels are still validated by the codec, as botocore validates them.
 */
final class WithoutHostPrefix implements Interceptor {
    static final WithoutHostPrefix INSTANCE = new WithoutHostPrefix();

    private WithoutHostPrefix() {
    }

    @Override
    public void beforeSign(CallContext context) {
        if (context.operation().hostPrefix() != null) {
            context.request().endpoint(context.endpoint().url());
        }
    }
}
