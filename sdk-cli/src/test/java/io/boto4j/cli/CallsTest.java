package io.boto4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calls through the blocking layer against canned responses on 127.0.0.1. */
class CallsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theResultIsJsonOnStdout() throws Exception {
        try (CannedServer server = new CannedServer(req -> CannedServer.Response.json(200,
                "{\"QueueUrls\": [\"http://q/1\"]}"))) {
            CliRun r = CliRun.run("sqs", "list-queues", "--endpoint-url", server.url());
            assertEquals(0, r.exitCode(), r::toString);
            assertEquals(JSON.readTree("{\"QueueUrls\": [\"http://q/1\"]}"), JSON.readTree(r.out()));
            assertEquals("AmazonSQS.ListQueues", server.requests.get(0).header("X-Amz-Target"));
            assertTrue(server.requests.get(0).header("Authorization").contains("Credential=AKIDEXAMPLE/"));
        }
    }

    @Test
    void aServiceErrorIsJsonOnStderrWithExit254() throws Exception {
        try (CannedServer server = new CannedServer(req -> CannedServer.Response.json(400,
                "{\"__type\": \"com.amazonaws.sqs#QueueDoesNotExist\", \"message\": \"The queue is gone.\"}"))) {
            CliRun r = CliRun.run("sqs", "get-queue-url", "--endpoint-url", server.url(), "--params",
                    "{\"QueueName\": \"q\"}");
            assertEquals(ExitCodes.SERVICE_ERROR, r.exitCode(), r::toString);
            assertEquals("", r.out());
            JsonNode error = JSON.readTree(r.err());
            assertEquals("QueueDoesNotExist", error.path("code").asText(), r::toString);
            assertEquals("The queue is gone.", error.path("message").asText());
            assertEquals(400, error.path("status").asInt());
            assertEquals("req-400", error.path("requestId").asText());
        }
    }

    @Test
    void paginateFollowsTheModelsPaginatorAndAggregates() throws Exception {
        try (CannedServer server = new CannedServer(CallsTest::listTablesPage)) {
            CliRun r = CliRun.run("dynamodb", "list-tables", "--paginate", "--endpoint-url", server.url());
            assertEquals(0, r.exitCode(), r::toString);
            assertEquals(JSON.readTree("{\"TableNames\": [\"aaa\", \"bbb\", \"ccc\", \"ddd\", \"eee\"]}"), JSON.readTree(r.out()));
            assertEquals(3, server.requests.size());
            assertEquals("{\"ExclusiveStartTableName\":\"bbb\"}", server.requests.get(1).body());
        }
    }

    @Test
    void paginateHonoursMaxItemsAndPageSize() throws Exception {
        try (CannedServer server = new CannedServer(CallsTest::listTablesPage)) {
            CliRun r = CliRun.run("dynamodb", "list-tables", "--paginate", "--max-items", "3", "--page-size", "2",
                    "--endpoint-url", server.url());
            assertEquals(0, r.exitCode(), r::toString);
            JsonNode out = JSON.readTree(r.out());
            assertEquals(JSON.readTree("[\"aaa\", \"bbb\", \"ccc\"]"), out.path("TableNames"), r::toString);
            assertTrue(out.path("NextToken").isTextual(), "a resume token: " + r);
            assertEquals("{\"Limit\":2}", server.requests.get(0).body());
            CliRun rest = CliRun.run("dynamodb", "list-tables", "--paginate", "--starting-token",
                    out.path("NextToken").asText(), "--endpoint-url", server.url());
            assertEquals(JSON.readTree("[\"ddd\", \"eee\"]"), JSON.readTree(rest.out()).path("TableNames"), rest::toString);
        }
    }

    /** Two tables a page: a,b then c,d then e, keyed on the last name, as DynamoDB does. */
    private static CannedServer.Response listTablesPage(CannedServer.Request req) {
        String body = req.body();
        String page = body.contains("\"ExclusiveStartTableName\":\"bbb\"") ? "{\"TableNames\": [\"ccc\", \"ddd\"], \"LastEvaluatedTableName\": \"ddd\"}"
                : body.contains("\"ExclusiveStartTableName\":\"ddd\"") ? "{\"TableNames\": [\"eee\"]}"
                : "{\"TableNames\": [\"aaa\", \"bbb\"], \"LastEvaluatedTableName\": \"bbb\"}";
        return CannedServer.Response.json(200, page);
    }

    @Test
    void waitPollsUntilTheWaitersConditionHolds() throws Exception {
        try (CannedServer server = new CannedServer(req -> CannedServer.Response.json(200,
                "{\"Table\": {\"TableName\": \"t\", \"TableStatus\": \"ACTIVE\"}}"))) {
            CliRun r = CliRun.run("dynamodb", "wait", "table-exists", "--params", "{\"TableName\": \"t\"}",
                    "--endpoint-url", server.url());
            assertEquals(0, r.exitCode(), r::toString);
            assertEquals("", r.out());
            assertEquals("DynamoDB_20120810.DescribeTable", server.requests.get(0).header("X-Amz-Target"));
            // The waiter takes the options of the operation it polls, as well.
            CliRun withOption = CliRun.run("dynamodb", "wait", "table-exists", "--table-name", "t",
                    "--endpoint-url", server.url());
            assertEquals(0, withOption.exitCode(), withOption::toString);
            assertEquals(server.requests.get(0).body(), server.requests.get(1).body());
        }
        assertEquals(ExitCodes.USAGE, CliRun.run("dynamodb", "wait", "table-exist").exitCode());
    }

    @Test
    void memberOptionsAreSentAsTheModelSays() throws Exception {
        try (CannedServer server = new CannedServer(CallsTest::listTablesPage)) {
            CliRun listed = CliRun.run("dynamodb", "list-tables", "--limit", "2", "--exclusive-start-table-name", "aaa",
                    "--endpoint-url", server.url());
            assertEquals(0, listed.exitCode(), listed::toString);
            assertEquals(JSON.readTree("{\"ExclusiveStartTableName\": \"aaa\", \"Limit\": 2}"),
                    JSON.readTree(server.requests.get(0).body()));
        }
    }

    @Test
    void aStreamingBodyGoesToTheOutputFile(@TempDir Path dir) throws Exception {
        byte[] content = "object content\n".getBytes(StandardCharsets.UTF_8);
        try (CannedServer server = new CannedServer(req -> new CannedServer.Response(200,
                Map.of("Content-Type", "text/plain", "ETag", "\"e1\"", "x-amz-request-id", "r1"), content))) {
            Path file = dir.resolve("out.txt");
            CliRun r = CliRun.run("s3", "get-object", "--endpoint-url", server.url(), "--params",
                    "{\"Bucket\": \"bucket\", \"Key\": \"k.txt\"}", "--output-file", file.toString());
            assertEquals(0, r.exitCode(), r::toString);
            assertEquals("/bucket/k.txt", server.requests.get(0).uri());
            assertEquals("object content\n", Files.readString(file));
            JsonNode out = JSON.readTree(r.out());
            assertEquals("\"e1\"", out.path("ETag").asText(), r::toString);
            assertFalse(out.has("Body"), "the body went to the file");
        }
    }

    @Test
    void debugLogsToStderrWithoutSecrets() throws Exception {
        Map<String, String> env = CliRun.environment();
        env.put("AWS_SESSION_TOKEN", "SESSIONTOKENSECRET");
        try (CannedServer server = new CannedServer(req -> CannedServer.Response.json(200, "{}"))) {
            CliRun r = CliRun.run(env, "--debug", "sqs", "list-queues", "--endpoint-url", server.url());
            assertEquals(0, r.exitCode(), r::toString);
            assertTrue(r.err().contains("request POST " + server.url()), r::toString);
            assertTrue(r.err().contains("attempt 1"), r::toString);
            assertFalse(r.err().contains(CliRun.SECRET_KEY) || r.err().contains("SESSIONTOKENSECRET"), r::toString);
            assertEquals("SESSIONTOKENSECRET", server.requests.get(0).header("X-Amz-Security-Token"));
        }
    }
}
