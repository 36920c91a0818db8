package io.boto4j.services.internal.rds;

import io.boto4j.core.plugin.CallContext;
import io.boto4j.services.internal.CrossRegionPresignedUrl;
import io.boto4j.services.internal.FormBody;
import io.boto4j.services.internal.OperationsHook;

import java.util.concurrent.CompletionStage;

/**
 * botocore's {@code inject_presigned_url_rds}: RDS, Neptune and DocumentDB copy snapshots and
 * create clusters or replicas from another region when given {@code SourceRegion}, a parameter
 * only botocore's model extras know: the service wants the {@link CrossRegionPresignedUrl} of the
 * call in {@code PreSignedUrl} instead. So {@code SourceRegion} never goes on the wire, and the
 * URL is added unless the caller gives {@code PreSignedUrl} itself. Without
 * {@code SourceRegion}, a copy within the region, nothing changes. Not for presigned URLs of these
 * operations: botocore's {@code before-call}, where it does this, is not part of presigning.
 */
final class SourceRegionPresignedUrl extends OperationsHook {

    /** @param operations the service's operations that take {@code SourceRegion} */
    SourceRegionPresignedUrl(String... operations) {
        super(operations);
    }

    @Override
    public CompletionStage<Void> afterSerialization(CallContext call) {
        FormBody body = FormBody.of(call.request());
        String sourceRegion = body.get("SourceRegion");
        if (call.isPresign() || sourceRegion == null) {
            return CONTINUE;
        }
        body.remove("SourceRegion");
        if (body.has("PreSignedUrl")) {
            body.writeTo(call.request());
            return CONTINUE;
        }
        return CrossRegionPresignedUrl.of(call, body, sourceRegion)
                .thenAccept(url -> body.set("PreSignedUrl", url).writeTo(call.request()));
    }
}
