/**
 * Credential providers that never block their caller: every
 * {@link io.boto4j.core.auth.credentials.CredentialsProvider} returns a future, file and
 * process work runs on the {@link io.boto4j.core.auth.credentials.ProviderContext}'s executor,
 * HTTP calls are asynchronous. {@link io.boto4j.core.auth.credentials.DefaultCredentialsChain}
 * follows botocore's order; {@link io.boto4j.core.auth.credentials.CachingCredentialsProvider}
 * refreshes with botocore's advisory and mandatory windows. STS and SSO calls go through
 * {@link io.boto4j.core.auth.credentials.StsClient} and
 * {@link io.boto4j.core.auth.credentials.SsoClient}, which the request pipeline implements.
 *
 * <p><b>Tier: user API.</b> Exported to every module; applications name these types. Stable
 * within a major version.
 */
package io.boto4j.core.auth.credentials;
