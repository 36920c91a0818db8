package io.boto4j.it.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.ServiceException;
import io.boto4j.it.servers.MotoServer;
import io.boto4j.it.servers.TestServers;
import io.boto4j.sync.SyncClient;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Query and ec2 protocol services through the blocking layer against moto, which checks
 * signatures; skipped (with the reason) where moto is not installed.
 */
@ExtendWith(TestServers.class)
class SyncMotoEndToEndTest {

    @Test
    void stsGetCallerIdentityAndAssumeRole(MotoServer server) {
        try (SyncClient sts = SyncClients.client("sts", server)) {
            Map<String, Object> identity = sts.call("GetCallerIdentity");
            assertTrue(String.valueOf(identity.get("Arn")).endsWith(":user/boto4j-it"), identity.toString());
            assertNotNull(identity.get("Account"));

            Map<String, Object> assumed = sts.call("AssumeRole", Map.of(
                    "RoleArn", "arn:aws:iam::" + identity.get("Account") + ":role/sync-e2e",
                    "RoleSessionName", "sync", "DurationSeconds", 900));
            Map<?, ?> credentials = (Map<?, ?>) assumed.get("Credentials");
            assertTrue(String.valueOf(credentials.get("AccessKeyId")).startsWith("ASIA"), credentials.keySet().toString());
            assertInstanceOf(Instant.class, credentials.get("Expiration"));
        }
    }

    @Test
    void iamUserLifecycle(MotoServer server) {
        String user = "sync-" + UUID.randomUUID().toString().substring(0, 8);
        try (SyncClient iam = SyncClients.client("iam", server)) {
            Map<?, ?> created = (Map<?, ?>) iam.call("CreateUser", Map.of("UserName", user)).get("User");
            assertEquals(user, created.get("UserName"));
            assertInstanceOf(Instant.class, created.get("CreateDate"));
            List<?> users = (List<?>) iam.call("ListUsers").get("Users");
            assertTrue(users.stream().anyMatch(u -> user.equals(((Map<?, ?>) u).get("UserName"))));
            iam.call("DeleteUser", Map.of("UserName", user));
            ServiceException e = assertThrows(ServiceException.class,
                    () -> iam.call("GetUser", Map.of("UserName", user)));
            assertEquals("NoSuchEntity", e.errorCode());
            assertEquals(404, e.statusCode());
        }
    }

    @Test
    void snsTopicsOverTheQueryProtocol(MotoServer server) {
        try (SyncClient sns = SyncClients.client("sns", server)) {
            String arn = (String) sns.call("CreateTopic", Map.of("Name", "sync-topic",
                    "Attributes", Map.of("DisplayName", "Sync"))).get("TopicArn");
            assertTrue(arn.endsWith(":sync-topic"), arn);
            List<?> topics = (List<?>) sns.call("ListTopics").get("Topics");
            assertTrue(topics.stream().anyMatch(t -> arn.equals(((Map<?, ?>) t).get("TopicArn"))));
            Map<?, ?> attributes = (Map<?, ?>) sns.call("GetTopicAttributes", Map.of("TopicArn", arn))
                    .get("Attributes");
            assertEquals("Sync", attributes.get("DisplayName"));
            assertNotNull(sns.call("Publish", Map.of("TopicArn", arn, "Message", "hi")).get("MessageId"));
            sns.call("DeleteTopic", Map.of("TopicArn", arn));
            ServiceException e = assertThrows(ServiceException.class,
                    () -> sns.call("GetTopicAttributes", Map.of("TopicArn", arn)));
            assertEquals("NotFound", e.errorCode());
        }
    }

    @Test
    void ec2DescribeInstancesOverTheEc2Protocol(MotoServer server) {
        try (SyncClient ec2 = SyncClients.client("ec2", server)) {
            List<?> images = (List<?>) ec2.call("DescribeImages", Map.of("Owners", List.of("amazon"))).get("Images");
            assertTrue(!images.isEmpty(), "moto ships public images");
            String imageId = (String) ((Map<?, ?>) images.get(0)).get("ImageId");
            Map<String, Object> run = ec2.call("RunInstances", Map.of("ImageId", imageId, "MinCount", 1,
                    "MaxCount", 1, "InstanceType", "t3.micro"));
            String instanceId = (String) ((Map<?, ?>) ((List<?>) run.get("Instances")).get(0)).get("InstanceId");

            Map<String, Object> described = ec2.call("DescribeInstances", Map.of("InstanceIds", List.of(instanceId)));
            List<?> reservations = (List<?>) described.get("Reservations");
            Map<?, ?> instance = (Map<?, ?>) ((List<?>) ((Map<?, ?>) reservations.get(0)).get("Instances")).get(0);
            assertEquals(instanceId, instance.get("InstanceId"));
            assertEquals(imageId, instance.get("ImageId"));
            assertInstanceOf(Instant.class, instance.get("LaunchTime"));

            ec2.call("TerminateInstances", Map.of("InstanceIds", List.of(instanceId)));
            ServiceException e = assertThrows(ServiceException.class, () -> ec2.call("DescribeInstances",
                    Map.of("InstanceIds", List.of("i-0123456789abcdef0"))));
            assertEquals("InvalidInstanceID.NotFound", e.errorCode());
        }
    }
}
