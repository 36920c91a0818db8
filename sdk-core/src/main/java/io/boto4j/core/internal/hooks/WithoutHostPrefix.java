package io.boto4j.core.internal.hooks;

import io.boto4j.core.model.OperationModel;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.Hook;

import java.util.concurrent.CompletionStage;

/**
 * Sends to the endpoint as resolved, without the operation's host prefix: botocore's
 * {@code inject_host_prefix=False} ({@code disable_host_prefix_injection}), for endpoints where
 * {@code api.} or {@code data.} in front of the host cannot work (an IP address, a local server).
 * The prefix's labels are still validated by the codec, as botocore validates them.
 */
final class WithoutHostPrefix implements Hook {
    static final WithoutHostPrefix INSTANCE = new WithoutHostPrefix();

    private WithoutHostPrefix() {
    }

    @Override
    public boolean appliesTo(OperationModel operation) {
        return operation.hostPrefix() != null;
    }

    @Override
    public int order() {
        // First of the built-ins: later hooks see the host the request goes to.
        return BUILT_IN_ORDER - 100;
    }

    @Override
    public CompletionStage<Void> afterSerialization(CallContext call) {
        call.request().endpoint(call.endpoint().url());
        return CONTINUE;
    }
}
