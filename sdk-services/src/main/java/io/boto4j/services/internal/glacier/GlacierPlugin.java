package io.boto4j.services.internal.glacier;

import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.Hook;
import io.boto4j.core.plugin.PluginSetup;
import io.boto4j.core.plugin.ServicePlugin;

import java.util.concurrent.CompletionStage;

/**
 * Glacier, as botocore's handlers send it: the API version in {@code x-amz-glacier-version} on
 * every request ({@code add_glacier_version}), the account id {@code -} (the credentials' own
 * account) when none is given ({@code inject_account_id}), and the checksums of uploaded bytes
 * ({@link ArchiveChecksums}).
 */
public final class GlacierPlugin implements ServicePlugin {

    @Override
    public String name() {
        return "io.boto4j.services.glacier";
    }

    @Override
    public boolean appliesTo(ServiceModel service) {
        return "glacier".equals(service.serviceName());
    }

    @Override
    public void configure(PluginSetup setup) {
        setup.addHook(new DefaultAccountId());
        setup.addHook(new VersionHeader());
        setup.addHook(new ArchiveChecksums());
    }

    /** {@code accountId} {@code -} when the caller gives none (or null). */
    static final class DefaultAccountId implements Hook {
        @Override
        public boolean appliesTo(OperationModel operation) {
            return operation.inputShape() != null && operation.inputShape().members().containsKey("accountId");
        }

        @Override
        public CompletionStage<Void> beforeValidation(CallContext call) {
            if (call.input().get("accountId") == null) {
                call.input().put("accountId", "-");
            }
            return CONTINUE;
        }
    }

    /**
     * The model's API version, which Glacier requires on every request, signed. Not on presigned
     * URLs: botocore adds it at {@code before-call}, which presigning does not reach.
     */
    static final class VersionHeader implements Hook {
        @Override
        public CompletionStage<Void> afterSerialization(CallContext call) {
            if (!call.isPresign()) {
                call.request().headers().set("x-amz-glacier-version", call.service().apiVersion());
            }
            return CONTINUE;
        }
    }
}
