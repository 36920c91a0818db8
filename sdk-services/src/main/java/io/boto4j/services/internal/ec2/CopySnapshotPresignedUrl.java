package io.boto4j.services.internal.ec2;

import io.boto4j.core.plugin.CallContext;
import io.boto4j.services.internal.CrossRegionPresignedUrl;
import io.boto4j.services.internal.FormBody;
import io.boto4j.services.internal.OperationsHook;

import java.util.concurrent.CompletionStage;

/**
 * botocore's {@code inject_presigned_url_ec2}: a snapshot copied from {@code SourceRegion} is
 * sent with the {@link CrossRegionPresignedUrl} of the call and with {@code DestinationRegion},
 * the client's region, both of which EC2 requires for encrypted snapshots, unless the caller
 * gives {@code PresignedUrl} itself. Not for presigned URLs of CopySnapshot: botocore's
 * {@code before-call}, where it does this, is not part of presigning.
 */
final class CopySnapshotPresignedUrl extends OperationsHook {

    CopySnapshotPresignedUrl() {
        super("CopySnapshot");
    }

    @Override
    public CompletionStage<Void> afterSerialization(CallContext call) {
        FormBody body = FormBody.of(call.request());
        if (call.isPresign() || body.has("PresignedUrl")) {
            return CONTINUE;
        }
        return CrossRegionPresignedUrl.of(call, body, body.get("SourceRegion")).thenAccept(url -> body
                .set("PresignedUrl", url)
                .set("DestinationRegion", call.region())
                .writeTo(call.request()));
    }
}
