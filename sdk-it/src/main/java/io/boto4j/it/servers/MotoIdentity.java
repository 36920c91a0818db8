package io.boto4j.it.servers;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.SigningParams;
import io.boto4j.core.auth.signer.AwsV4Signer;
import io.boto4j.core.http.SdkHttpRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns on signature checking in moto: started with {@code INITIAL_NO_AUTH_ACTION_COUNT=3}, it
 * accepts three unauthenticated calls, which create an IAM user with an allow-all inline policy
 * and an access key; from then on only that key, correctly signed, is accepted.
 */
final class MotoIdentity {
    static final int SETUP_CALLS = 3;
    private static final String USER = "boto4j-it";
    private static final String ALLOW_ALL = "{\"Version\":\"2012-10-17\",\"Statement\":"
            + "[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}";

    private MotoIdentity() {
    }

    static Credentials createAllowAllUser(URI endpoint) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        iam(http, endpoint, "Action=CreateUser&Version=2010-05-08&UserName=" + USER);
        iam(http, endpoint, "Action=PutUserPolicy&Version=2010-05-08&UserName=" + USER
                + "&PolicyName=allow-all&PolicyDocument=" + URLEncoder.encode(ALLOW_ALL, StandardCharsets.UTF_8));
        String key = iam(http, endpoint, "Action=CreateAccessKey&Version=2010-05-08&UserName=" + USER);
        return Credentials.of(element(key, "AccessKeyId"), element(key, "SecretAccessKey"));
    }

    private static String iam(HttpClient http, URI endpoint, String form) {
        SdkHttpRequest request = new SdkHttpRequest("POST", endpoint, "/");
        request.headers().set("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        request.body(form.getBytes(StandardCharsets.UTF_8));
        // Any key will do for the unauthenticated set-up calls; moto needs a SigV4 scope to route by.
        AwsV4Signer.create().sign(request, SigningParams.builder().credentials(FakeCredentials.CREDENTIALS)
                .region("us-east-1").signingName("iam").build());
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.bodyBytes()));
        request.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("host") && !name.equalsIgnoreCase("content-length")) {
                builder.header(name, value);
            }
        });
        String action = form.substring("Action=".length(), form.indexOf('&'));
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                // the failed call's body names the error; it holds no secret (only success does)
                throw new ServerStartException("moto: IAM " + action + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new ServerStartException("moto: IAM " + action + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerStartException("moto: interrupted during IAM " + action, e);
        }
    }

    private static String element(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">([^<]+)</" + name + ">").matcher(xml);
        if (!m.find()) {
            throw new ServerStartException("moto: no " + name + " in the CreateAccessKey response");
        }
        return m.group(1);
    }
}
