package io.boto4j.core.auth;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a client weighs, besides the model, when it picks among an operation's auth schemes, as
 * botocore does: the user's {@code auth_scheme_preference} (scheme names without their
 * namespace: {@code sigv4}, {@code sigv4a}, {@code httpBearerAuth}, {@code noAuth}; from
 * {@code ClientConfig}, {@code AWS_AUTH_SCHEME_PREFERENCE} or the profile), whether it was set
 * in code, and whether the environment holds a bearer token for the service
 * ({@code AWS_BEARER_TOKEN_<SIGNING NAME>}). Immutable.
 */
public final class AuthSchemePreference {
    /** No preference and no environment token: the model's order alone. */
    public static final AuthSchemePreference NONE = new AuthSchemePreference(List.of(), false, false);

    private final List<String> schemes;
    private final boolean setInCode;
    private final boolean environmentBearerToken;

    private AuthSchemePreference(List<String> schemes, boolean setInCode, boolean environmentBearerToken) {
        this.schemes = List.copyOf(schemes);
        this.setInCode = setInCode;
        this.environmentBearerToken = environmentBearerToken;
    }

    /**
     * A preference as read from the configuration, normalised with {@link #parse}.
     *
     * @param preference             the comma-separated preference, or null for none
     * @param setInCode              whether it came from the client's configuration in code (which
     *                               then wins over the environment token's pull toward bearer auth)
     * @param environmentBearerToken whether {@code AWS_BEARER_TOKEN_<SIGNING NAME>} is set for the client's service
     * @return the preference; {@link #setInCode()} is false when {@code preference} is null or empty
     */
    public static AuthSchemePreference of(String preference, boolean setInCode, boolean environmentBearerToken) {
        // As botocore: an empty string is no setting at all; one that normalises to nothing is still a setting.
        return new AuthSchemePreference(parse(preference), setInCode && preference != null && !preference.isEmpty(),
                environmentBearerToken);
    }

    /**
     * botocore's normalisation: split at commas, drop empty items, remove spaces and tabs within
     * each ({@code "sigv4a, sig v4"} is {@code [sigv4a, sigv4]}). Unknown names are kept; they never match.
     *
     * @param preference the comma-separated names, or null
     * @return the names in the given order; a new mutable list, empty for null
     */
    public static List<String> parse(String preference) {
        List<String> out = new ArrayList<>();
        if (preference == null) {
            return out;
        }
        for (String item : preference.split(",", -1)) {
            if (!item.strip().isEmpty()) {
                out.add(item.replace(" ", "").replace("\t", ""));
            }
        }
        return out;
    }

    /**
     * The preferred scheme names, most preferred first.
     *
     * @return the names without namespace, e.g. {@code sigv4a}; immutable, empty when none was set
     */
    public List<String> schemes() {
        return schemes;
    }

    /**
     * Whether the user named at least one scheme.
     *
     * @return true when {@link #schemes()} is not empty
     */
    public boolean isSet() {
        return !schemes.isEmpty();
    }

    /**
     * Whether the preference came from the client's configuration in code, which then wins
     * over the environment bearer token's pull toward {@code httpBearerAuth}.
     *
     * @return true for a non-empty preference set in code
     */
    public boolean setInCode() {
        return setInCode;
    }

    /**
     * Whether {@code AWS_BEARER_TOKEN_<SIGNING NAME>} is set for the client's service, which
     * makes botocore prefer {@code httpBearerAuth} when the service offers it.
     *
     * @return true when the environment holds a bearer token for the service
     */
    public boolean environmentBearerToken() {
        return environmentBearerToken;
    }

    /**
     * The offered schemes (Smithy ids such as {@code aws.auth#sigv4}, or endpoint rule names such
     * as {@code sigv4a}) in the order botocore's {@code resolve_auth_scheme_preference} tries
     * them: the preferred ones the service offers first, in the preference's order, then the
     * rest in the service's order. Names compare without their namespace.
     *
     * @param offered the operation's or endpoint's schemes in the service's order
     * @return the same schemes reordered; {@code offered} itself when no preference is set
     */
    public List<String> order(List<String> offered) {
        if (schemes.isEmpty()) {
            return offered;
        }
        Set<String> ordered = new LinkedHashSet<>();
        for (String preferred : schemes) {
            for (String scheme : offered) {
                if (shortName(scheme).equals(preferred)) {
                    ordered.add(scheme);
                }
            }
        }
        ordered.addAll(offered);
        return new ArrayList<>(ordered);
    }

    private static String shortName(String scheme) {
        return scheme.substring(scheme.lastIndexOf('#') + 1);
    }

    @Override
    public String toString() {
        return "AuthSchemePreference[" + String.join(",", schemes) + (setInCode ? ", in code" : "")
                + (environmentBearerToken ? ", bearer token in the environment" : "") + "]";
    }
}
