package io.boto4j.core.pipeline;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.credentials.AssumeRoleRequest;
import io.boto4j.core.auth.credentials.SsoClient;
import io.boto4j.core.auth.credentials.SsoRoleRequest;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.auth.credentials.StsClient;
import io.boto4j.core.auth.credentials.WebIdentityRequest;
import io.boto4j.core.auth.token.CreateTokenRequest;
import io.boto4j.core.auth.token.CreateTokenResult;
import io.boto4j.core.auth.token.SsoOidcClient;
import io.boto4j.core.auth.token.TokenException;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.loader.ModelLoader;
import io.boto4j.core.transport.HttpTransport;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The AWS calls some credential and token providers need (STS AssumeRole and
 * AssumeRoleWithWebIdentity, SSO GetRoleCredentials, SSO-OIDC CreateToken), made through the
 * same pipeline and transport as the client that needs the identity. One runtime per service and region, built off the caller's thread on
 * first use; the source credentials are passed per call.
 */
final class CredentialServices implements StsClient, SsoClient, SsoOidcClient {
    private final HttpTransport transport;
    private final Delayer delayer;
    private final Supplier<? extends CallScheduler> schedulers;
    private final ModelLoader models;
    private final ConfigEnvironment env;
    private final String defaultRegion;
    private final Executor executor;
    private final Map<String, CompletableFuture<ServiceRuntime>> runtimes = new ConcurrentHashMap<>();

    /** @param schedulers the client's per-call schedulers, or null for the runtime's default */
    CredentialServices(HttpTransport transport, Delayer delayer, Supplier<? extends CallScheduler> schedulers,
                       ModelLoader models, ConfigEnvironment env, String defaultRegion, Executor executor) {
        this.transport = transport;
        this.delayer = delayer;
        this.schedulers = schedulers;
        this.models = models;
        this.env = env;
        this.defaultRegion = defaultRegion;
        this.executor = executor;
    }

    private CompletableFuture<ServiceRuntime> runtime(String service, String region) {
        String r = region != null ? region : defaultRegion != null ? defaultRegion : "us-east-1";
        return runtimes.computeIfAbsent(service + "/" + r, key -> CompletableFuture.supplyAsync(() -> {
            ServiceRuntimeBuilder b = ServiceRuntime.builder().service(service).transport(transport).delayer(delayer)
                    .loader(models).config(ClientConfig.builder().region(r).environment(env).anonymous(true).build());
            if (schedulers != null) {
                b.scheduler(schedulers);
            }
            return b.build();
        }, executor));
    }

    @Override
    public CompletionStage<Credentials> assumeRole(AssumeRoleRequest request) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("RoleArn", request.roleArn());
        input.put("RoleSessionName", request.roleSessionName());
        if (request.externalId() != null) {
            input.put("ExternalId", request.externalId());
        }
        if (request.durationSeconds() != null) {
            input.put("DurationSeconds", request.durationSeconds());
        }
        return runtime("sts", request.region())
                .thenCompose(sts -> sts.invoke("AssumeRole", input,
                        StaticCredentialsProvider.of(request.sourceCredentials())))
                .thenApply(result -> stsCredentials(result.output()));
    }

    @Override
    public CompletionStage<Credentials> assumeRoleWithWebIdentity(WebIdentityRequest request) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("RoleArn", request.roleArn());
        input.put("RoleSessionName", request.roleSessionName());
        input.put("WebIdentityToken", request.webIdentityToken());
        // The model marks this operation unsigned: the token is the identity.
        return runtime("sts", request.region())
                .thenCompose(sts -> sts.invoke("AssumeRoleWithWebIdentity", input))
                .thenApply(result -> stsCredentials(result.output()));
    }

    @Override
    public CompletionStage<Credentials> getRoleCredentials(SsoRoleRequest request) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("roleName", request.roleName());
        input.put("accountId", request.accountId());
        input.put("accessToken", request.accessToken());
        return runtime("sso", request.region())
                .thenCompose(sso -> sso.invoke("GetRoleCredentials", input))
                .thenApply(result -> {
                    Map<?, ?> c = (Map<?, ?>) result.output().get("roleCredentials");
                    Credentials creds = Credentials.of((String) c.get("accessKeyId"), (String) c.get("secretAccessKey"),
                            (String) c.get("sessionToken"));
                    Object expiration = c.get("expiration");
                    return expiration instanceof Number n ? creds.withExpiration(Instant.ofEpochMilli(n.longValue()))
                            .withAccountId(request.accountId()) : creds.withAccountId(request.accountId());
                });
    }

    @Override
    public CompletionStage<CreateTokenResult> createToken(CreateTokenRequest request) {
        // The order of botocore's call in tokens.py.
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("grantType", CreateTokenRequest.GRANT_TYPE);
        input.put("clientId", request.clientId());
        input.put("clientSecret", request.clientSecret());
        input.put("refreshToken", request.refreshToken());
        // The model marks CreateToken unsigned: the refresh token and client secret are the identity.
        return runtime("sso-oidc", request.region())
                .thenCompose(oidc -> oidc.invoke("CreateToken", input))
                .thenApply(result -> {
                    Map<String, Object> out = result.output();
                    if (!(out.get("accessToken") instanceof String token) || token.isEmpty()
                            || !(out.get("expiresIn") instanceof Number expiresIn)) {
                        throw new TokenException("SSO-OIDC CreateToken returned no accessToken or expiresIn");
                    }
                    return new CreateTokenResult(token, expiresIn.longValue(), (String) out.get("refreshToken"));
                });
    }

    private static Credentials stsCredentials(Map<String, Object> output) {
        Map<?, ?> c = (Map<?, ?>) output.get("Credentials");
        Credentials creds = Credentials.of((String) c.get("AccessKeyId"), (String) c.get("SecretAccessKey"),
                (String) c.get("SessionToken"));
        if (c.get("Expiration") instanceof Instant expiration) {
            creds = creds.withExpiration(expiration);
        }
        if (output.get("AssumedRoleUser") instanceof Map<?, ?> user && user.get("Arn") instanceof String arn) {
            String[] parts = arn.split(":");
            if (parts.length > 4 && !parts[4].isEmpty()) {
                creds = creds.withAccountId(parts[4]);
            }
        }
        return creds;
    }

    @Override
    public String toString() {
        return "CredentialServices[" + runtimes.keySet() + "]";
    }
}
