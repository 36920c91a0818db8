package io.boto4j.s3.internal;

import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.http.UriEncoding;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.Hook;

import java.util.concurrent.CompletionStage;

/**
 * Where the endpoint rules place a value the model also binds, the rules win, as in botocore
 * (its {@code remove_bucket_from_url_paths_from_model} and
 * {@code remove_accid_host_prefix_from_model} handlers): S3's bucket leaves the path (the rules
 * put it in the host, or in the endpoint's path for path-style), and S3 Control's account id
 * leaves the host prefix (the rules put it in the host).
 */
final class EndpointRulesCustomizations implements Hook {

    @Override
    public boolean appliesTo(OperationModel op) {
        String prefix = op.service().endpointPrefix();
        return ("s3".equals(prefix) && op.requestUri().startsWith("/{Bucket}"))
                || ("s3-control".equals(prefix) && op.hostPrefix() != null);
    }

    @Override
    public CompletionStage<Void> afterSerialization(CallContext call) {
        SdkHttpRequest request = call.request();
        if ("s3-control".equals(call.service().endpointPrefix())) {
            request.endpoint(call.endpoint().url());
        } else if (call.input().get("Bucket") instanceof String bucket) {
            String segment = "/" + UriEncoding.encode(bucket);
            String path = request.encodedPath();
            if (path.startsWith(segment)) {
                String rest = path.substring(segment.length());
                String base = request.endpoint().getRawPath();
                boolean hasBase = base != null && !base.isEmpty() && !base.equals("/");
                request.encodedPath(rest.isEmpty() || rest.equals("/") ? (hasBase ? "" : "/") : rest);
            }
        }
        return CONTINUE;
    }
}
