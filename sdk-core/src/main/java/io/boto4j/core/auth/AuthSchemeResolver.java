package io.boto4j.core.auth;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.auth.signer.Signer;
import io.boto4j.core.auth.signer.Signers;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses how a call is signed, as botocore does: the operation's {@code auth} list (else the
 * service's, else the legacy {@code authtype} / {@code signatureVersion}), first supported
 * scheme wins; then, for SigV4 and SigV4a, the endpoint's {@code authSchemes} property picks the
 * variant and overrides signing name, region and region set.
 */
public final class AuthSchemeResolver {
    public static final String SIGV4 = "aws.auth#sigv4";
    public static final String SIGV4A = "aws.auth#sigv4a";
    public static final String BEARER = "smithy.api#httpBearerAuth";
    public static final String NO_AUTH = "smithy.api#noAuth";

    private AuthSchemeResolver() {
    }

    /**
     * The scheme and the signing settings it implies.
     *
     * @param scheme         a Smithy auth scheme id (one of the constants above)
     * @param signingName    the name in the credential scope
     * @param signingRegion  the region in the credential scope (SigV4), or null for the client's
     * @param regionSet      the SigV4a region set, or null for the signing region
     * @param s3Rules        S3's flavour: no double encoding or path normalization, content hash header
     * @param doubleUriEncode whether the path is encoded twice (SigV4 for all but S3)
     */
    public record Choice(String scheme, String signingName, String signingRegion, String regionSet,
                         boolean s3Rules, boolean doubleUriEncode, boolean unsignedPayload,
                         boolean streamingInput) {

        public Signer signer() {
            return Signers.forAuthScheme(scheme).orElseThrow();
        }

        public boolean isAnonymous() {
            return NO_AUTH.equals(scheme);
        }

        /** Applies these settings over a builder that already has credentials, region and time. */
        public SigningParams.Builder applyTo(SigningParams.Builder b) {
            if (s3Rules) {
                b.s3Rules();
            }
            b.doubleUriEncode(doubleUriEncode).signingName(signingName);
            if (signingRegion != null) {
                b.region(signingRegion);
            }
            if (regionSet != null) {
                b.regionSet(regionSet);
            }
            return b.unsignedPayloadOperation(unsignedPayload).streamingInput(streamingInput);
        }
    }

    /**
     * @param endpointProperties the resolved endpoint's properties (may hold {@code authSchemes}), or null
     */
    public static Choice resolve(OperationModel operation, Map<String, Object> endpointProperties) {
        ServiceModel service = operation.service();
        String scheme = modelScheme(operation);
        boolean s3 = isS3Flavour(service);
        String signingName = service.signingName();
        String region = null;
        String regionSet = null;
        boolean doubleEncode = !s3;
        if ((scheme.equals(SIGV4) || scheme.equals(SIGV4A)) && endpointProperties != null
                && endpointProperties.get("authSchemes") instanceof List<?> endpointSchemes
                && !endpointSchemes.isEmpty()) {
            Map<?, ?> chosen = null;
            List<String> offered = new ArrayList<>();
            for (Object o : endpointSchemes) {
                if (o instanceof Map<?, ?> m) {
                    String name = String.valueOf(m.get("name"));
                    offered.add(name);
                    if (chosen == null && (name.equals("sigv4") || name.equals("sigv4a"))) {
                        chosen = m;
                    }
                }
            }
            if (chosen == null) {
                throw new SdkClientException("The endpoint of " + service.serviceName() + "." + operation.name()
                        + " asks for auth schemes " + offered + ", none of which boto4j supports");
            }
            scheme = chosen.get("name").equals("sigv4a") ? SIGV4A : SIGV4;
            if (chosen.get("signingName") instanceof String n) {
                signingName = n;
            }
            if (chosen.get("signingRegion") instanceof String r) {
                region = r;
            }
            if (chosen.get("signingRegionSet") instanceof List<?> set && !set.isEmpty()) {
                regionSet = String.join(",", set.stream().map(String::valueOf).toList());
            }
            if (chosen.get("disableDoubleEncoding") instanceof Boolean disable) {
                doubleEncode = !disable;
            }
        }
        return new Choice(scheme, signingName, region, regionSet, s3, doubleEncode, operation.isUnsignedPayload(),
                operation.hasStreamingInput());
    }

    /** The first scheme of the model's lists that boto4j supports. */
    static String modelScheme(OperationModel operation) {
        List<String> auth = operation.auth();
        if (!auth.isEmpty()) {
            List<String> unsupported = new ArrayList<>();
            for (String s : auth) {
                if (s.equals(NO_AUTH) || Signers.forAuthScheme(s).isPresent()) {
                    return s;
                }
                unsupported.add(s);
            }
            throw new SdkClientException(operation.service().serviceName() + "." + operation.name()
                    + " needs one of the auth schemes " + unsupported + ", none of which boto4j supports");
        }
        String legacy = operation.authType();
        if (legacy == null) {
            legacy = operation.service().signatureVersion();
        }
        if (legacy == null) {
            return SIGV4;
        }
        switch (legacy.toLowerCase(Locale.ROOT)) {
            case "none":
                return NO_AUTH;
            case "bearer":
                return BEARER;
            case "v4a":
            case "s3v4a":
                return SIGV4A;
            default:
                // v4, s3v4, v4-unsigned-body; older v2/s3 services also accept SigV4.
                return SIGV4;
        }
    }

    /**
     * Whether botocore signs with its S3 signer: for the {@code s3} and {@code s3-control}
     * endpoint prefixes (botocore's {@code _resolve_signature_version}), or a model that asks for
     * {@code s3}/{@code s3v4}. Not S3 Outposts' own API ({@code s3outposts}), which is plain SigV4
     * under the signing name {@code s3-outposts}.
     */
    private static boolean isS3Flavour(ServiceModel service) {
        String sv = service.signatureVersion();
        if (sv != null && (sv.equals("s3v4") || sv.equals("s3"))) {
            return true;
        }
        String prefix = service.endpointPrefix();
        return "s3".equals(prefix) || "s3-control".equals(prefix);
    }
}
