package io.boto4j.services.internal;

import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.plugin.CallContext;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * botocore's {@code _get_cross_region_presigned_url}: for a copy from another region (EC2
 * {@code CopySnapshot}, RDS' cross-region copies and replicas), the destination service checks
 * that the caller may read the source by fetching a URL the caller presigned for the source
 * region. It is the call itself, as a GET whose query carries the serialized parameters plus
 * {@code DestinationRegion}, sent to the client's URL with the destination region replaced by the
 * source region (botocore replaces the text; it does not resolve the source region's endpoint),
 * signed for the source region and valid for an hour.
 */
public final class CrossRegionPresignedUrl {
    /** botocore's {@code generate_presigned_url} default. */
    static final Duration EXPIRES_IN = Duration.ofHours(1);

    private CrossRegionPresignedUrl() {
    }

    /**
     * The URL, once the client's credentials are resolved.
     *
     * @param call         the call after serialization, in the destination (the client's) region
     * @param body         its serialized parameters, as they are to be signed
     * @param sourceRegion the region the copy reads from
     */
    public static CompletionStage<String> of(CallContext call, FormBody body, String sourceRegion) {
        String destinationRegion = call.region();
        URI url = URI.create(call.request().uri().toString().replace(destinationRegion, sourceRegion));
        SdkHttpRequest presign = new SdkHttpRequest("GET", URI.create(url.getScheme() + "://" + url.getRawAuthority()),
                url.getRawPath());
        for (Map.Entry<String, String> p : body.copy().set("DestinationRegion", destinationRegion).params()) {
            presign.addQueryParam(p.getKey(), p.getValue());
        }
        return call.runtime().presignRequest(presign, call.service().signingName(), sourceRegion, EXPIRES_IN)
                .thenApply(URI::toString);
    }
}
