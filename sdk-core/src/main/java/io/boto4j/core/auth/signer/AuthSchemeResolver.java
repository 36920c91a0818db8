package io.boto4j.core.auth.signer;

import io.boto4j.core.auth.AuthSchemePreference;
import io.boto4j.core.auth.SigningParams;
import io.boto4j.core.SdkClientException;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chooses how a call is signed, as botocore does: the operation's own {@code auth} list, else
 * its legacy {@code authtype}, else the service's {@code auth} list, else the service's
 * {@code signatureVersion}; the first supported scheme of a list wins, after the client's
 * {@link AuthSchemePreference} has reordered it. For a service-level choice botocore then
 * prefers bearer auth when the environment holds the service's token and the service is one it
 * allows that for ({@link #BEARER_FROM_ENVIRONMENT}). Last, for SigV4 and SigV4a, the endpoint's
 * {@code authSchemes} property picks the variant (in preference order too) and overrides signing
 * name, region and region set.
 */
public final class AuthSchemeResolver {
    /** The Smithy id of AWS Signature Version 4. */
    public static final String SIGV4 = "aws.auth#sigv4";
    /** The Smithy id of AWS Signature Version 4a (multi-region, ECDSA). */
    public static final String SIGV4A = "aws.auth#sigv4a";
    /** The Smithy id of bearer-token auth. */
    public static final String BEARER = "smithy.api#httpBearerAuth";
    /** The Smithy id of no auth (an unsigned request). */
    public static final String NO_AUTH = "smithy.api#noAuth";

    /**
     * The signing names of the services for which {@code AWS_BEARER_TOKEN_<SIGNING NAME>} makes
     * bearer auth preferred over the model's first scheme (botocore 1.43.107's
     * {@code get_bearer_auth_supported_services}). Other services still use that token when
     * their operation's scheme is bearer.
     */
    public static final Set<String> BEARER_FROM_ENVIRONMENT = Set.of("bedrock");

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
     * @param doubleUriEncode whether the path is encoded twice (SigV4 for all but S3; the
     *                        endpoint's {@code disableDoubleEncoding} may turn it off)
     * @param unsignedPayload whether the operation asks for an unsigned payload
     *                        ({@code unsignedPayload}, {@code v4-unsigned-body})
     * @param streamingInput  whether the operation's input payload is a stream
     */
    public record Choice(String scheme, String signingName, String signingRegion, String regionSet,
                         boolean s3Rules, boolean doubleUriEncode, boolean unsignedPayload,
                         boolean streamingInput) {

        /**
         * The signer of {@link #scheme()}.
         *
         * @return the shared signer; the resolver only chooses schemes that have one
         */
        public Signer signer() {
            return Signers.forAuthScheme(scheme).orElseThrow();
        }

        /**
         * Whether the call goes out unsigned, so no credentials need resolving.
         *
         * @return true for {@link #NO_AUTH}
         */
        public boolean isAnonymous() {
            return NO_AUTH.equals(scheme);
        }

        /**
         * Applies these settings over a builder that already has credentials, region and time.
         *
         * @param b the builder to change; its region is replaced only when the endpoint named one
         * @return {@code b}
         */
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
     * The choice from the model and the endpoint alone, as for a client without an auth scheme
     * preference or an environment token.
     *
     * @param operation the operation being called
     * @param endpointProperties the resolved endpoint's properties (may hold {@code authSchemes}), or null
     * @return the scheme and its signing settings
     * @throws SdkClientException when neither the model nor the endpoint offers a scheme boto4j supports
     */
    public static Choice resolve(OperationModel operation, Map<String, Object> endpointProperties) {
        return resolve(operation, endpointProperties, AuthSchemePreference.NONE);
    }

    /**
     * The choice from the model and the endpoint, with the client's preference and the
     * environment's bearer token taken into account as described on the class.
     *
     * @param operation          the operation being called
     * @param endpointProperties the resolved endpoint's properties (may hold {@code authSchemes}), or null
     * @param preference         the client's auth scheme preference and environment token
     * @return the scheme and its signing settings
     * @throws SdkClientException when neither the model nor the endpoint offers a scheme boto4j supports
     */
    public static Choice resolve(OperationModel operation, Map<String, Object> endpointProperties,
                                 AuthSchemePreference preference) {
        return resolve(operation, modelChoice(operation, preference), endpointProperties, preference);
    }

    /**
     * What the model alone decides for an operation: the same for every call of it, so a caller
     * may work it out once and pass it to {@link #resolve(OperationModel, ModelChoice, Map, AuthSchemePreference)}.
     *
     * @param scheme the scheme the model and the preference choose, before the endpoint weighs in
     */
    public record ModelChoice(String scheme, String signingName, boolean s3Rules, boolean unsignedPayload,
                              boolean streamingInput) {
    }

    /**
     * The model's part of the choice for {@code operation}: the same for every call of it, so a
     * caller works it out once per operation and keeps it.
     *
     * @param operation  the operation to be signed
     * @param preference the client's auth scheme preference (botocore's {@code auth_scheme_preference})
     * @return the scheme, signing name and payload flags the model gives
     * @throws SdkClientException when the operation needs an auth scheme boto4j does not support
     */
    public static ModelChoice modelChoice(OperationModel operation, AuthSchemePreference preference) {
        ServiceModel service = operation.service();
        return new ModelChoice(modelScheme(operation, preference), service.signingName(), isS3Flavour(service),
                operation.isUnsignedPayload(), operation.hasStreamingInput());
    }

    /**
     * The choice for one call, from the operation's {@code model} choice (made with the same
     * {@code preference}) and the resolved endpoint's properties.
     *
     * @param operation          the operation being called
     * @param model              what {@link #modelChoice} gave for it
     * @param endpointProperties the resolved endpoint's properties (its {@code authSchemes} may
     *                           override the signing name and region); null for none
     * @param preference         the client's auth scheme preference, as given to {@link #modelChoice}
     * @return the scheme and signing parameters for this call
     */
    public static Choice resolve(OperationModel operation, ModelChoice model, Map<String, Object> endpointProperties,
                                 AuthSchemePreference preference) {
        ServiceModel service = operation.service();
        String scheme = model.scheme();
        boolean s3 = model.s3Rules();
        String signingName = model.signingName();
        String region = null;
        String regionSet = null;
        boolean doubleEncode = !s3;
        if ((scheme.equals(SIGV4) || scheme.equals(SIGV4A)) && endpointProperties != null
                && endpointProperties.get("authSchemes") instanceof List<?> endpointSchemes
                && !endpointSchemes.isEmpty()) {
            Map<String, Map<?, ?>> byName = new LinkedHashMap<>();
            for (Object o : endpointSchemes) {
                if (o instanceof Map<?, ?> m) {
                    byName.putIfAbsent(String.valueOf(m.get("name")), m);
                }
            }
            List<String> offered = new ArrayList<>(byName.keySet());
            Map<?, ?> chosen = null;
            for (String name : preference.order(offered)) {
                if (name.equals("sigv4") || name.equals("sigv4a")) {
                    chosen = byName.get(name);
                    break;
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
        return new Choice(scheme, signingName, region, regionSet, s3, doubleEncode, model.unsignedPayload(),
                model.streamingInput());
    }

    /** The scheme the model's lists give, reordered by the preference, as botocore chooses it. */
    static String modelScheme(OperationModel operation, AuthSchemePreference preference) {
        List<String> declared = operation.declaredAuth();
        if (!declared.isEmpty()) {
            // botocore's client applies the preference to the operation's own list; nothing else weighs in.
            return firstSupported(operation, preference.order(declared));
        }
        if (operation.authType() != null) {
            return legacyScheme(operation.authType());
        }
        ServiceModel service = operation.service();
        List<String> offered = service.auth();
        String scheme = offered.isEmpty() ? legacyScheme(service.signatureVersion())
                : firstSupported(operation, preference.order(offered));
        // botocore's _should_prefer_bearer_auth: the environment token pulls toward bearer auth
        // unless an auth setting made in code chose something else.
        if (preference.environmentBearerToken() && offered.contains(BEARER) && service.signingName() != null
                && BEARER_FROM_ENVIRONMENT.contains(service.signingName())
                && (scheme.equals(BEARER) || !preference.setInCode())) {
            return BEARER;
        }
        return scheme;
    }

    /** The first scheme of a list that boto4j supports. */
    private static String firstSupported(OperationModel operation, List<String> auth) {
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

    /** A legacy {@code authtype} or {@code signatureVersion} (null: SigV4) as a Smithy scheme. */
    private static String legacyScheme(String legacy) {
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
