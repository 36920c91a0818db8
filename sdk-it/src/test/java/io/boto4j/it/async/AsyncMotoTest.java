package io.boto4j.it.async;

import io.boto4j.async.AsyncClient;
import io.boto4j.it.servers.MotoServer;
import io.boto4j.it.servers.TestServers;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The query, ec2 and JSON protocols through the Vert.x layer against moto (which checks
 * signatures as the harness starts it); skipped with the reason when moto is not installed.
 */
@ExtendWith(TestServers.class)
class AsyncMotoTest {
    private static Vertx vertx;
    private static MotoServer moto;

    @BeforeAll
    static void start(MotoServer server) {
        moto = server;
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        if (vertx != null) {
            vertx.close().await();
        }
    }

    private static <T> T with(String service, java.util.function.Function<AsyncClient, T> body) {
        AsyncClient client = AsyncClients.create(vertx, service, AsyncClients.config(moto).build());
        try {
            return body.apply(client);
        } finally {
            client.close().await();
        }
    }

    @Test
    void stsGetCallerIdentityAndAssumeRole() {
        with("sts", sts -> {
            Map<String, Object> me = sts.call("GetCallerIdentity", Map.of()).await();
            assertTrue(String.valueOf(me.get("Arn")).endsWith(":user/boto4j-it"), me.toString());
            Map<String, Object> assumed = sts.call("AssumeRole", Map.of(
                    "RoleArn", "arn:aws:iam::" + me.get("Account") + ":role/async-it",
                    "RoleSessionName", "async")).await();
            @SuppressWarnings("unchecked")
            Map<String, Object> creds = (Map<String, Object>) assumed.get("Credentials");
            assertTrue(creds.get("Expiration") instanceof java.time.Instant, creds.keySet().toString());
            return null;
        });
    }

    @Test
    void iamUsers() {
        with("iam", iam -> {
            String name = "async-" + UUID.randomUUID().toString().substring(0, 8);
            iam.call("CreateUser", Map.of("UserName", name)).await();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> users = (List<Map<String, Object>>) iam.call("ListUsers", Map.of()).await()
                    .get("Users");
            assertTrue(users.stream().anyMatch(u -> name.equals(u.get("UserName"))), users.toString());
            iam.call("DeleteUser", Map.of("UserName", name)).await();
            return null;
        });
    }

    @Test
    void snsTopicsOverTheQueryProtocol() {
        with("sns", sns -> {
            String arn = (String) sns.call("CreateTopic", Map.of("Name", "async-topic")).await().get("TopicArn");
            assertTrue(arn.endsWith(":async-topic"), arn);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> topics = (List<Map<String, Object>>) sns.call("ListTopics", Map.of()).await()
                    .get("Topics");
            assertTrue(topics.stream().anyMatch(t -> arn.equals(t.get("TopicArn"))), topics.toString());
            sns.call("DeleteTopic", Map.of("TopicArn", arn)).await();
            return null;
        });
    }

    @Test
    void ec2DescribeInstancesOverTheEc2Protocol() {
        with("ec2", ec2 -> {
            // moto is shared by the whole run (other tests launch instances): filter to none of them.
            Map<String, Object> out = ec2.call("DescribeInstances", Map.of("Filters", List.of(
                    Map.of("Name", "tag:boto4j-async", "Values", List.of("no-such-instance"))))).await();
            assertEquals(List.of(), out.getOrDefault("Reservations", List.of()));
            Map<String, Object> all = ec2.call("DescribeInstances", Map.of("MaxResults", 5)).await();
            assertTrue(all.getOrDefault("Reservations", List.of()) instanceof List, all.toString());
            return null;
        });
    }
}
