package io.boto4j.it.servers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.it.SigV4Http;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** s3proxy answers S3 calls signed with the SDK's SigV4 signer and rejects a wrong secret. */
@ExtendWith(TestServers.class)
class S3ProxyServerTest {
    private final SigV4Http http = new SigV4Http();

    @Test
    void createsBucketPutsGetsAndListsAnObject(S3ProxyServer s3) throws Exception {
        String bucket = "it-" + UUID.randomUUID();
        var params = SigV4Http.s3(s3.credentials(), s3.region());

        assertEquals(200, http.send(SigV4Http.request("PUT", s3.endpoint(), "/" + bucket), params).statusCode());

        SdkHttpRequest put = SigV4Http.request("PUT", s3.endpoint(), "/" + bucket + "/dir/hello%20world.txt");
        put.headers().set("Content-Type", "text/plain");
        put.body("hello from boto4j".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> putResponse = http.send(put, params);
        assertEquals(200, putResponse.statusCode(), putResponse::body);

        HttpResponse<String> get = http.send(
                SigV4Http.request("GET", s3.endpoint(), "/" + bucket + "/dir/hello%20world.txt"), params);
        assertEquals(200, get.statusCode(), get::body);
        assertEquals("hello from boto4j", get.body());

        SdkHttpRequest list = SigV4Http.request("GET", s3.endpoint(), "/" + bucket);
        list.addQueryParam("list-type", "2").addQueryParam("prefix", "dir/");
        HttpResponse<String> listed = http.send(list, params);
        assertEquals(200, listed.statusCode(), listed::body);
        assertTrue(listed.body().contains("<Key>dir/hello world.txt</Key>"), listed::body);
    }

    @Test
    void rejectsAWrongSecretWithSignatureDoesNotMatch(S3ProxyServer s3) throws Exception {
        Credentials wrong = Credentials.of(s3.credentials().accessKeyId(), "not-the-secret");
        HttpResponse<String> response = http.send(SigV4Http.request("GET", s3.endpoint(), "/"),
                SigV4Http.s3(wrong, s3.region()));
        assertEquals(403, response.statusCode(), response::body);
        assertTrue(response.body().contains("<Code>SignatureDoesNotMatch</Code>"), response::body);
    }
}
