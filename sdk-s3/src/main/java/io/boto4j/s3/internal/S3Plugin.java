package io.boto4j.s3.internal;

import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.PluginSetup;
import io.boto4j.core.plugin.ServicePlugin;
import io.boto4j.s3.S3Methods;
import io.boto4j.s3.S3Presigning;

/**
 * S3 and S3 Control: what botocore 1.43.107's S3 handlers do on the wire, and S3's custom
 * methods. Found through {@link java.util.ServiceLoader}; users get it with either layer.
 *
 * <p>Each hook names the botocore handler it follows and applies only to the operations that
 * handler is registered for, so an operation pays for nothing else. Hooks of one stage run in the
 * order they are added here (unless a hook's {@code order()} says otherwise), which is botocore's
 * order where it matters.
 */
public final class S3Plugin implements ServicePlugin {

    @Override
    public String name() {
        return "io.boto4j.s3";
    }

    @Override
    public boolean appliesTo(ServiceModel service) {
        String prefix = service.endpointPrefix();
        return "s3".equals(prefix) || "s3-control".equals(prefix);
    }

    @Override
    public void configure(PluginSetup setup) {
        // before-parameter-build: checks and rewrites of the caller's parameters, before validation.
        setup.addHook(ParameterRewrite.onMember("validate_bucket_name", "Bucket", BucketNames::validate));
        setup.addHook(new UrlEncodedListingKeys());
        setup.addHook(ParameterRewrite.on("handle_copy_source_param", CopySource.OPERATIONS, CopySource::apply));
        setup.addHook(ParameterRewrite.on("validate_ascii_metadata", AsciiMetadata.OPERATIONS, AsciiMetadata::validate));
        setup.addHook(ParameterRewrite.on("sse_md5", SseCustomerKeys.OBJECT_KEY_OPERATIONS,
                (params, op) -> SseCustomerKeys.apply(params, SseCustomerKeys.OBJECT, op)));
        setup.addHook(ParameterRewrite.on("copy_source_sse_md5", SseCustomerKeys.COPY_SOURCE_KEY_OPERATIONS,
                (params, op) -> SseCustomerKeys.apply(params, SseCustomerKeys.COPY_SOURCE, op)));
        setup.addHook(new S3ControlArns());

        // before-endpoint-resolution: addressing, then the global endpoint of presigned URLs, then
        // a bucket's known region (which wins over the global endpoint, as in botocore).
        setup.addHook(new PathStyleChoice());
        setup.addHook(new PresignAddressing());
        setup.addHook(new RegionRedirects());

        // After serialization and around signing: the request as S3 wants it on the wire.
        setup.addHook(new EndpointRulesCustomizations());
        setup.addHook(new XmlLineBreaks());
        setup.addHook(new ExpectContinue());
        setup.addHook(new UnsignedTrailer());

        // The response: errors inside a 200 (first, as botocore registers it), bodies and headers
        // the model cannot describe.
        setup.addHook(new OkWithErrorCheck());
        setup.addHook(new BucketLocationResult());
        setup.addHook(new ExpiresHeader());

        if ("s3".equals(setup.service().endpointPrefix())) {
            setup.addHook(new PresignedPosts());
            setup.addMethod(S3Presigning.GENERATE_PRESIGNED_POST);
            setup.addMethod(S3Methods.UPLOAD_FILE);
            setup.addMethod(S3Methods.UPLOAD_STREAM);
            setup.addMethod(S3Methods.DOWNLOAD_FILE);
            setup.addMethod(S3Methods.COPY);
        }
    }
}
