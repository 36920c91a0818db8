package io.boto4j.core.pipeline;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.ServiceException;
import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.auth.token.NoTokenException;
import io.boto4j.core.auth.token.StaticTokenProvider;
import io.boto4j.core.auth.token.TokenProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.http.Headers;
import io.boto4j.core.loader.ModelLoader;
import io.boto4j.core.pipeline.ServiceRuntimeTest.ScriptedTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bearer auth through the pipeline with the bundled CodeCatalyst (bearer only) and Bedrock
 * (SigV4 first, bearer offered) models, against a scripted transport.
 */
class BearerAuthPipelineTest {
    private static final String SPACES = "{\"items\": [{\"name\": \"space-1\", \"regionName\": \"us-west-2\"}]}";

    @TempDir
    Path home;

    private ServiceRuntime runtime(String service, ScriptedTransport transport, Map<String, String> env,
                                   ClientConfig.Builder config) {
        Map<String, String> variables = new HashMap<>(env);
        variables.put("AWS_EC2_METADATA_DISABLED", "true");
        return ServiceRuntime.builder().service(service).transport(transport)
                .loader(ModelLoader.builder().addDirectory(ServiceRuntimeTest.MODELS).environment(Map.of()).home(home).build())
                .delayer(d -> CompletableFuture.completedFuture(null))
                .config(config.region("us-east-1").environment(ConfigEnvironment.of(variables, home)).build())
                .build();
    }

    private static Throwable failure(CompletableFuture<?> f) {
        return assertThrows(CompletionException.class, f::join).getCause();
    }

    @Test
    void codeCatalystSendsTheEnvironmentTokenAsABearerHeader() {
        ScriptedTransport t = new ScriptedTransport().then(200, Map.of(), SPACES);
        CallResult r = runtime("codecatalyst", t, Map.of("AWS_BEARER_TOKEN_CODECATALYST", "cc-token"),
                ClientConfig.builder()).invoke("ListSpaces", Map.of()).join();
        assertEquals("space-1", ((Map<?, ?>) ((List<?>) r.output().get("items")).get(0)).get("name"));
        Headers sent = t.seen.get(0).request().headers();
        assertEquals("Bearer cc-token", sent.first("Authorization"));
        assertNull(sent.first("X-Amz-Date"), "no SigV4 part");
        assertEquals("https://codecatalyst.global.api.aws/v1/spaces", t.seen.get(0).request().uri().toString());
    }

    @Test
    void aTokenProviderGivenInCodeIsUsedOnEveryCall() {
        AtomicInteger asked = new AtomicInteger();
        TokenProvider provider = () -> {
            asked.incrementAndGet();
            return StaticTokenProvider.of("from-code").resolve();
        };
        ScriptedTransport t = new ScriptedTransport().then(200, Map.of(), SPACES).then(200, Map.of(), SPACES);
        ServiceRuntime runtime = runtime("codecatalyst", t, Map.of("AWS_BEARER_TOKEN_CODECATALYST", "env-token"),
                ClientConfig.builder().tokenProvider(provider));
        runtime.invoke("ListSpaces", Map.of()).join();
        runtime.invoke("ListSpaces", Map.of()).join();
        assertEquals("Bearer from-code", t.seen.get(1).request().headers().first("Authorization"));
        assertEquals(2, asked.get());
    }

    @Test
    void withoutATokenTheCallFailsBeforeSendingAndSaysHowToConfigureOne() {
        ScriptedTransport t = new ScriptedTransport();
        Throwable e = failure(runtime("codecatalyst", t, Map.of(), ClientConfig.builder()).invoke("ListSpaces", Map.of()));
        assertInstanceOf(NoTokenException.class, e);
        assertTrue(e.getMessage().contains("AWS_BEARER_TOKEN_CODECATALYST"), e.getMessage());
        assertTrue(t.seen.isEmpty());
    }

    @Test
    void bearerAuthOverPlainHttpIsRefusedBeforeAnyTokenIsLookedUpOrAnythingSent() {
        AtomicInteger asked = new AtomicInteger();
        ScriptedTransport t = new ScriptedTransport();
        ServiceRuntime runtime = runtime("codecatalyst", t, Map.of(), ClientConfig.builder()
                .endpointUrl("http://127.0.0.1:9/")
                .tokenProvider(() -> {
                    asked.incrementAndGet();
                    return StaticTokenProvider.of("secret-token").resolve();
                }));
        Throwable e = failure(runtime.invoke("ListSpaces", Map.of()));
        assertEquals(SdkClientException.class, e.getClass());
        assertEquals("codecatalyst.ListSpaces uses bearer token auth, which boto4j sends over https only, but its"
                + " endpoint is http://127.0.0.1:9: use an https endpoint", e.getMessage());
        assertEquals(0, asked.get());
        assertTrue(t.seen.isEmpty());
        assertInstanceOf(SdkClientException.class, failure(runtime.dryRun("ListSpaces", Map.of())));
    }

    @Test
    void aRejectedTokenIsTheServicesError() {
        ScriptedTransport t = new ScriptedTransport().then(403, Map.of("x-amzn-ErrorType", "AccessDeniedException"),
                "{\"message\": \"Invalid token\"}");
        ServiceException e = assertInstanceOf(ServiceException.class, failure(runtime("codecatalyst", t,
                Map.of("AWS_BEARER_TOKEN_CODECATALYST", "wrong-token"), ClientConfig.builder())
                .invoke("ListSpaces", Map.of())));
        assertEquals("AccessDeniedException", e.errorCode());
        assertEquals(403, e.statusCode());
        assertFalse(e.getMessage().contains("wrong-token"));
        assertEquals(1, t.seen.size(), "not retried");
    }

    @Test
    void anAnonymousClientSendsNoToken() {
        ScriptedTransport t = new ScriptedTransport().then(200, Map.of(), SPACES);
        runtime("codecatalyst", t, Map.of("AWS_BEARER_TOKEN_CODECATALYST", "cc-token"),
                ClientConfig.builder().anonymous(true)).invoke("ListSpaces", Map.of()).join();
        assertNull(t.seen.get(0).request().headers().first("Authorization"));
    }

    private String bedrockAuthorization(Map<String, String> env, ClientConfig.Builder config) {
        ScriptedTransport t = new ScriptedTransport().then(200, Map.of(), "{\"modelSummaries\": []}");
        runtime("bedrock", t, env, config.credentialsProvider(StaticCredentialsProvider.of(
                Credentials.of("AKIDEXAMPLE", "SECRETEXAMPLE")))).invoke("ListFoundationModels", Map.of()).join();
        return t.seen.get(0).request().headers().first("Authorization");
    }

    @Test
    void bedrockPrefersBearerWhenItsEnvironmentTokenIsSet() {
        Map<String, String> token = Map.of("AWS_BEARER_TOKEN_BEDROCK", "br-token");
        assertTrue(bedrockAuthorization(Map.of(), ClientConfig.builder()).startsWith("AWS4-HMAC-SHA256 "),
                "the model's first scheme without the token");
        assertEquals("Bearer br-token", bedrockAuthorization(token, ClientConfig.builder()));
        Map<String, String> envPreference = new HashMap<>(token);
        envPreference.put("AWS_AUTH_SCHEME_PREFERENCE", "sigv4");
        assertEquals("Bearer br-token", bedrockAuthorization(envPreference, ClientConfig.builder()),
                "a preference from the environment does not outweigh the token, as in botocore");
        assertTrue(bedrockAuthorization(token, ClientConfig.builder().authSchemePreference("sigv4"))
                .startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"), "a preference set in code does");
    }

    @Test
    void bedrockWithABearerPreferenceButNoTokenSaysSo() {
        ScriptedTransport t = new ScriptedTransport();
        Throwable e = failure(runtime("bedrock", t, Map.of("AWS_AUTH_SCHEME_PREFERENCE", "httpBearerAuth"),
                ClientConfig.builder()).invoke("ListFoundationModels", Map.of()));
        assertInstanceOf(NoTokenException.class, e);
        assertTrue(e.getMessage().contains("AWS_BEARER_TOKEN_BEDROCK"), e.getMessage());
    }
}
