package io.boto4j.core.auth.token;

import io.boto4j.core.config.Profile;
import io.boto4j.core.config.ProfileFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code [sso-session NAME]} a profile names with {@code sso_session}, as botocore's
 * {@code SSOTokenProvider} reads it: its name (the token cache key) and the two settings a
 * refresh needs.
 *
 * @param name     the session's name
 * @param startUrl its {@code sso_start_url}
 * @param region   its {@code sso_region}, where SSO-OIDC is called
 */
record SsoSession(String name, String startUrl, String region) {
    private static final List<String> REQUIRED = List.of("sso_start_url", "sso_region");

    /**
     * The profile's session; empty when the profile (or its {@code sso_session} key) is absent.
     *
     * @throws TokenException when the session section is missing or incomplete
     */
    static Optional<SsoSession> of(ProfileFile file, String profileName) {
        Optional<String> sessionName = file.profile(profileName).flatMap(p -> p.get("sso_session"));
        if (sessionName.isEmpty()) {
            return Optional.empty();
        }
        String name = sessionName.get();
        Profile section = file.ssoSession(name).orElseThrow(() -> new TokenException("The profile \"" + profileName
                + "\" is configured to use the SSO token provider but the \"" + name
                + "\" sso_session configuration does not exist."));
        List<String> missing = new ArrayList<>();
        for (String key : REQUIRED) {
            if (section.get(key).isEmpty()) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            throw new TokenException("The profile \"" + profileName + "\" is configured to use the SSO token provider"
                    + " but is missing the following configuration: " + missing + ".");
        }
        return Optional.of(new SsoSession(name, section.get("sso_start_url").orElseThrow(),
                section.get("sso_region").orElseThrow()));
    }
}
