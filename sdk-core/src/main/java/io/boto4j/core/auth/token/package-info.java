/**
 * Bearer token providers, for operations whose auth is {@code smithy.api#httpBearerAuth}, as
 * botocore's {@code tokens.py}: every {@link io.boto4j.core.auth.token.TokenProvider} returns a
 * future and never blocks its caller (file work runs on the
 * {@link io.boto4j.core.auth.credentials.ProviderContext}'s executor, HTTP calls are
 * asynchronous). {@link io.boto4j.core.auth.token.DefaultTokenChain} follows botocore's order:
 * the environment token scoped to the service's signing name, then the SSO token cache, renewed
 * through SSO-OIDC ({@link io.boto4j.core.auth.token.SsoOidcClient}, which the request pipeline
 * implements). A token never appears in a {@code toString}, a log line or an exception message.
 *
 * <p>Kept apart from {@code io.boto4j.core.auth.credentials} because a token is another kind of
 * identity with its own chain, as botocore keeps {@code tokens.py} apart from
 * {@code credentials.py}; the two share the refresh and chain logic of
 * {@code io.boto4j.core.internal.identity} and the {@code ProviderContext}.
 */
package io.boto4j.core.auth.token;
