package io.boto4j.core.auth.credentials;

import java.util.ArrayList;
import java.util.List;

/**
 * botocore's default chain, cached and refreshed: environment (skipped when a profile was
 * chosen explicitly), assume-role profile, web identity, SSO, shared credentials file,
 * {@code login_session} (refused: not supported yet), {@code credential_process}, config file keys, container endpoint, instance metadata.
 * (botocore's boto2-era sources, {@code AWS_CREDENTIAL_FILE} and {@code /etc/boto.cfg}, are left out.)
 */
public final class DefaultCredentialsChain {
    private DefaultCredentialsChain() {
    }

    /**
     * The providers in botocore's order, uncached.
     *
     * @param context the environment, profile and clients the providers share
     * @return a new mutable list, for a caller that wants to add or drop providers
     */
    public static List<CredentialsProvider> providers(ProviderContext context) {
        List<CredentialsProvider> providers = new ArrayList<>();
        if (!context.hasExplicitProfile()) {
            providers.add(new EnvironmentCredentialsProvider(context.environment()));
        }
        providers.add(new AssumeRoleCredentialsProvider(context));
        providers.add(new WebIdentityCredentialsProvider(context));
        providers.add(new SsoCredentialsProvider(context));
        providers.add(new ProfileFileCredentialsProvider(context, ProfileFileCredentialsProvider.Source.CREDENTIALS_FILE));
        providers.add(new LoginSessionProvider(context));
        providers.add(new ProcessCredentialsProvider(context));
        providers.add(new ProfileFileCredentialsProvider(context, ProfileFileCredentialsProvider.Source.CONFIG_FILE));
        providers.add(new ContainerCredentialsProvider(context));
        providers.add(new InstanceMetadataCredentialsProvider(context));
        return providers;
    }

    /**
     * The default chain behind a {@link CachingCredentialsProvider}.
     *
     * @param context the environment, profile and clients the providers share; its clock drives the refresh
     * @return the provider a client uses when given no credentials
     */
    public static CredentialsProvider create(ProviderContext context) {
        return new CachingCredentialsProvider(new CredentialsProviderChain(providers(context)), context.clock());
    }
}
