package io.boto4j.services;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.ParamValidationException;
import io.boto4j.core.config.NoRegionException;
import io.boto4j.core.pipeline.ServiceRuntime;
import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.testsupport.Botocore;
import io.boto4j.testsupport.transport.ScriptedTransport;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RDS' and DSQL's auth tokens, byte for byte as botocore 1.43.107 makes them at the same time. */
class DatabaseAuthTokensTest {

    /** A token case: the client, the method as each SDK names it, and its arguments. */
    private record TokenCase(String service, String region, String token, CustomMethod<String> method,
                             String botocoreMethod, Map<String, Object> args) {
    }

    @Test
    void tokensAreBotocoresByteForByte() {
        List<TokenCase> cases = List.of(
                new TokenCase("rds", "us-east-1", null, RdsMethods.GENERATE_DB_AUTH_TOKEN, "generate_db_auth_token",
                        Params.of("DBHostname", "mydb.c9akciq32.us-east-1.rds.amazonaws.com", "Port", 3306,
                                "DBUsername", "app")),
                new TokenCase("rds", "us-east-1", "Fwo+session/token=", RdsMethods.GENERATE_DB_AUTH_TOKEN,
                        "generate_db_auth_token", Params.of("DBHostname", "db.example.com", "Port", 5432,
                                "DBUsername", "user name+with/odd=chars", "Region", "eu-west-3")),
                new TokenCase("rds", "us-east-1", null, RdsMethods.GENERATE_DB_AUTH_TOKEN, "generate_db_auth_token",
                        Params.of("DBHostname", "db.example.com", "Port", 443, "DBUsername", "app")),
                new TokenCase("dsql", "us-east-1", null, DsqlMethods.GENERATE_DB_CONNECT_AUTH_TOKEN,
                        "generate_db_connect_auth_token", Params.of("Hostname", "abcdefghijklmnopq.dsql.us-east-1.on.aws")),
                new TokenCase("dsql", "us-east-1", "session", DsqlMethods.GENERATE_DB_CONNECT_ADMIN_AUTH_TOKEN,
                        "generate_db_connect_admin_auth_token", Params.of("Hostname", "cluster.dsql.us-east-2.on.aws",
                                "Region", "us-east-2", "ExpiresIn", 3600)));
        List<Map<String, Object>> botocoreCases = new ArrayList<>();
        for (TokenCase c : cases) {
            Map<String, Object> aCase = new LinkedHashMap<>();
            aCase.put("kind", "method");
            aCase.put("service", c.service());
            aCase.put("region", c.region());
            aCase.put("token", c.token());
            aCase.put("time", Wire.NOW.toString());
            aCase.put("method", c.botocoreMethod());
            aCase.put("args", c.args());
            botocoreCases.add(aCase);
        }
        List<JsonNode> botocore = Botocore.answers("botocore_services.py", botocoreCases);
        for (int i = 0; i < cases.size(); i++) {
            TokenCase c = cases.get(i);
            try (ServiceRuntime runtime = new Wire.Case(c.service()).region(c.region()).sessionToken(c.token())
                    .runtime(ScriptedTransport.answeringEmpty200())) {
                String token = runtime.callMethod(c.method(), c.args(), Runnable::run).join();
                assertEquals(botocore.get(i).path("result").asText(botocore.get(i).toString()), token, c.toString());
            }
        }
    }

    @Test
    void aClientWithoutARegionNeedsOneAndTheMethodsBelongToTheirServices() {
        ScriptedTransport transport = ScriptedTransport.answeringEmpty200();
        // As botocore's NoRegionError: the client is refused when it is built, before any method.
        NoRegionException noRegion = assertThrows(NoRegionException.class,
                () -> new Wire.Case("rds").region(null).runtime(transport));
        assertTrue(noRegion.getMessage().contains("AWS_REGION"), noRegion.getMessage());
        try (ServiceRuntime rds = new Wire.Case("rds").runtime(transport)) {
            assertTrue(rds.method("GenerateDbAuthToken").isPresent());
            assertTrue(rds.method("GenerateDbConnectAuthToken").isEmpty());
        }
        try (ServiceRuntime dsql = new Wire.Case("dsql").runtime(transport)) {
            CompletionException e = assertThrows(CompletionException.class, () -> dsql.callMethod(
                    DsqlMethods.GENERATE_DB_CONNECT_AUTH_TOKEN, Map.of("Hostname", "not a host"), Runnable::run).join());
            ParamValidationException problem = assertInstanceOf(ParamValidationException.class, e.getCause());
            assertTrue(problem.getMessage().contains("Hostname 'not a host' is not a host name"), problem.getMessage());
        }
        assertEquals(List.of(), transport.sent(), "a token is made without a request");
    }
}
