package io.boto4j.core.pipeline;

import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.http.UriEncoding;
import io.boto4j.core.model.OperationModel;

/**
 * Where the endpoint rules place a value the model also binds, the rules win, as in botocore
 * (its {@code remove_bucket_from_url_paths_from_model} and
 * {@code remove_accid_host_prefix_from_model} handlers): S3's bucket leaves the path (the rules
 * put it in the host, or in the endpoint's path for path-style), and S3 Control's account id
 * leaves the host prefix (the rules put it in the host).
 */
final class EndpointRulesCustomizations {
    private EndpointRulesCustomizations() {
    }

    static void apply(CallContext ctx) {
        OperationModel op = ctx.operation();
        String prefix = op.service().endpointPrefix();
        SdkHttpRequest request = ctx.request();
        if ("s3".equals(prefix) && op.requestUri().startsWith("/{Bucket}")
                && ctx.input().get("Bucket") instanceof String bucket) {
            String segment = "/" + UriEncoding.encode(bucket);
            String path = request.encodedPath();
            if (path.startsWith(segment)) {
                String rest = path.substring(segment.length());
                String base = request.endpoint().getRawPath();
                boolean hasBase = base != null && !base.isEmpty() && !base.equals("/");
                request.encodedPath(rest.isEmpty() || rest.equals("/") ? (hasBase ? "" : "/") : rest);
            }
        } else if ("s3-control".equals(prefix) && op.hostPrefix() != null) {
            request.endpoint(ctx.endpoint().url());
        }
    }
}
