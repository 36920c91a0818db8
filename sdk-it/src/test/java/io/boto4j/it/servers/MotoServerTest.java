package io.boto4j.it.servers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.auth.Credentials;
import io.boto4j.it.SigV4Http;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * moto routes by the credential scope's service and, as the harness starts it, checks signatures;
 * skipped when the machine's Python lacks moto.
 */
@ExtendWith(TestServers.class)
class MotoServerTest {
    @Test
    void answersStsGetCallerIdentity(MotoServer moto) throws Exception {
        HttpResponse<String> response = new SigV4Http().send(
                SigV4Http.queryRequest(moto.endpoint(), "Action=GetCallerIdentity&Version=2011-06-15"),
                SigV4Http.service("sts", moto.credentials(), moto.region()));
        assertEquals(200, response.statusCode(), response::body);
        assertTrue(response.body().contains("<GetCallerIdentityResult>"), response::body);
        assertTrue(response.body().contains(":user/boto4j-it</Arn>"), response::body);
    }

    @Test
    void rejectsAWrongSecretWithSignatureDoesNotMatch(MotoServer moto) throws Exception {
        Credentials wrong = Credentials.of(moto.credentials().accessKeyId(), "not-the-secret");
        HttpResponse<String> response = new SigV4Http().send(
                SigV4Http.queryRequest(moto.endpoint(), "Action=GetCallerIdentity&Version=2011-06-15"),
                SigV4Http.service("sts", wrong, moto.region()));
        assertEquals(403, response.statusCode(), response::body);
        assertTrue(response.body().contains("<Code>SignatureDoesNotMatch</Code>"), response::body);
    }
}
