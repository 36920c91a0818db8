package io.boto4j.core.transport;

import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.config.ConfigResolver;
import io.boto4j.core.config.ConfigSetting;
import io.boto4j.core.config.ProfileFile;

import java.nio.file.Path;

/**
 * The CA bundle a client's transport trusts, found as botocore finds it: the client's own
 * {@link ClientConfig#caBundle()} (botocore's {@code verify} path), else {@code AWS_CA_BUNDLE},
 * else the profile's {@code ca_bundle}. Both layers build their TLS from it, so the settings a
 * user already has for the AWS CLI and boto3 apply here too.
 */
public final class CaBundle {
    private CaBundle() {
    }

    /**
     * The PEM file to trust instead of the JDK's default trust, or null for the default. Blocking:
     * may read the config file (call it where a client is built, never on an event loop).
     *
     * @param config the client's configuration (its CA bundle, environment, profile and
     *               whether certificate checks are off)
     * @return the bundle's path with a leading {@code ~} expanded (not checked for existence), or
     *         null for the JDK's default trust, and always null when checks are off and no
     *         bundle was given in the configuration
     */
    public static Path resolve(ClientConfig config) {
        if (config.caBundle() != null) {
            return config.caBundle();
        }
        if (config.insecureTrustAllCertificates()) {
            return null; // nothing is checked, so nothing needs to be trusted
        }
        ConfigEnvironment env = config.environment() != null ? config.environment() : ConfigEnvironment.system();
        String configured = ConfigResolver.builder().environment(env).profileFile(ProfileFile.load(env))
                .profileName(config.profile()).build().get(ConfigSetting.CA_BUNDLE).orElse(null);
        // urllib3 expands a leading ~ in the path, so boto4j does too.
        return configured == null || configured.isBlank() ? null : env.expandUser(configured.strip());
    }
}
