package io.boto4j.it.servers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.it.SigV4Http;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** ElasticMQ speaks SQS's query protocol to SigV4-signed (service {@code sqs}) requests. */
@ExtendWith(TestServers.class)
class ElasticMqServerTest {
    private final SigV4Http http = new SigV4Http();

    @Test
    void createsAQueueAndSendsAndReceivesAMessage(ElasticMqServer sqs) throws Exception {
        var params = SigV4Http.service("sqs", sqs.credentials(), sqs.region());
        String queueName = "it-" + UUID.randomUUID();

        HttpResponse<String> created = http.send(SigV4Http.queryRequest(sqs.endpoint(),
                "Action=CreateQueue&Version=2012-11-05&QueueName=" + queueName), params);
        assertEquals(200, created.statusCode(), created::body);
        String queueUrl = element(created.body(), "QueueUrl");
        assertTrue(queueUrl.endsWith("/" + queueName), queueUrl);
        URI queuePath = URI.create(queueUrl);

        HttpResponse<String> sent = http.send(SigV4Http.queryRequest(sqs.endpoint(),
                "Action=SendMessage&Version=2012-11-05&QueueUrl=" + form(queueUrl)
                        + "&MessageBody=" + form("hello & welcome")), params);
        assertEquals(200, sent.statusCode(), sent::body);
        assertTrue(sent.body().contains("<MessageId>"), sent::body);

        HttpResponse<String> received = http.send(SigV4Http.queryRequest(sqs.endpoint(),
                "Action=ReceiveMessage&Version=2012-11-05&QueueUrl=" + form(queueUrl)
                        + "&WaitTimeSeconds=1"), params);
        assertEquals(200, received.statusCode(), received::body);
        assertEquals("hello &amp; welcome", element(received.body(), "Body"), received::body);
        assertEquals("/" + ElasticMqServer.ACCOUNT_ID + "/" + queueName, queuePath.getPath());
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String element(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">(.*?)</" + name + ">", Pattern.DOTALL).matcher(xml);
        assertTrue(m.find(), () -> "no <" + name + "> in " + xml);
        return m.group(1);
    }
}
