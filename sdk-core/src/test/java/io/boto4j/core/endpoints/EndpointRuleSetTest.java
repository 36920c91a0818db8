package io.boto4j.core.endpoints;

import io.boto4j.core.EndpointResolutionException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The engine on small hand-written rule sets: each test shows one rule of the language. */
class EndpointRuleSetTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EndpointRuleSet ruleSet(String parameters, String rules) throws Exception {
        String json = "{\"version\": \"1.0\", \"parameters\": {" + parameters + "}, \"rules\": [" + rules + "]}";
        return EndpointRuleSet.parse(JSON.readTree(json), TestPartitions.load());
    }

    private static final String REGION = "\"Region\": {\"type\": \"String\", \"builtIn\": \"AWS::Region\", \"required\": true}";
    private static final String FIPS = "\"UseFIPS\": {\"type\": \"Boolean\", \"builtIn\": \"AWS::UseFIPS\", \"required\": true, \"default\": false}";
    private static final String ENDPOINT = "\"Endpoint\": {\"type\": \"String\", \"builtIn\": \"SDK::Endpoint\"}";

    private static final String REGIONAL = """
            {"type": "tree", "conditions": [
                {"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "p"}],
             "rules": [
               {"type": "error", "conditions": [
                   {"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, true]},
                   {"fn": "booleanEquals", "argv": [false, {"fn": "getAttr", "argv": [{"ref": "p"}, "supportsFIPS"]}]}],
                "error": "FIPS is not supported in {Region}"},
               {"type": "endpoint", "conditions": [{"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, true]}],
                "endpoint": {"url": "https://svc-fips.{Region}.{p#dnsSuffix}"}},
               {"type": "endpoint", "conditions": [],
                "endpoint": {"url": "https://svc.{Region}.{p#dnsSuffix}",
                             "properties": {"authSchemes": [{"name": "sigv4", "signingRegion": "{Region}",
                                                              "disableDoubleEncoding": true}],
                                            "nested": {"list": ["{p#name}", "{{literal}}"]}},
                             "headers": {"x-region": ["{Region}", {"ref": "Region"}]}}}
             ]}
            """;

    @Test
    void templatesRefsGetAttrPropertiesAndHeaders() throws Exception {
        EndpointRuleSet rs = ruleSet(REGION + "," + FIPS, REGIONAL);
        Endpoint e = rs.resolve(Map.of("Region", "cn-north-1"));
        assertEquals("https://svc.cn-north-1.amazonaws.com.cn", e.url().toString());
        assertEquals(Map.of("x-region", List.of("cn-north-1", "cn-north-1")), e.headers());
        assertEquals(List.of(Map.of("name", "sigv4", "signingRegion", "cn-north-1", "disableDoubleEncoding", true)),
                e.authSchemes());
        assertEquals(Map.of("list", List.of("aws-cn", "{literal}")), e.properties().get("nested"));
    }

    @Test
    void defaultsApplyAndErrorRulesGiveTheirText() throws Exception {
        EndpointRuleSet rs = ruleSet(REGION + "," + FIPS, REGIONAL);
        assertEquals("https://svc-fips.us-east-1.amazonaws.com",
                rs.resolve(Map.of("Region", "us-east-1", "UseFIPS", true)).url().toString());
        EndpointResolutionException e = assertThrows(EndpointResolutionException.class,
                () -> rs.resolve(Map.of("Region", "cn-special", "UseFIPS", true)));
        assertEquals("FIPS is not supported in cn-special", e.getMessage());
    }

    @Test
    void parameterChecks() throws Exception {
        EndpointRuleSet rs = ruleSet(REGION + "," + FIPS, REGIONAL);
        assertEquals("Cannot find value for required parameter Region",
                assertThrows(EndpointResolutionException.class, () -> rs.resolve(Map.of())).getMessage());
        assertTrue(assertThrows(EndpointResolutionException.class,
                () -> rs.resolve(Map.of("Region", "us-east-1", "UseFIPS", "yes"))).getMessage().contains("UseFIPS"));
        assertEquals(Map.of("Region", "AWS::Region", "UseFIPS", "AWS::UseFIPS"), rs.builtInParameters());
        assertEquals(ParameterType.BOOLEAN, rs.parameter("UseFIPS").orElseThrow().type());
        assertEquals(false, rs.parameter("UseFIPS").orElseThrow().defaultValue());
    }

    @Test
    void urlParsingAndEscapedTemplates() throws Exception {
        EndpointRuleSet rs = ruleSet(ENDPOINT, """
                {"type": "endpoint", "conditions": [
                    {"fn": "isSet", "argv": [{"ref": "Endpoint"}]},
                    {"fn": "parseURL", "argv": [{"ref": "Endpoint"}], "assign": "url"}],
                 "endpoint": {"url": "{url#scheme}://{url#authority}{url#normalizedPath}b",
                              "properties": {"ip": "{url#isIp}"}}},
                {"type": "error", "conditions": [], "error": "no endpoint"}
                """);
        Endpoint e = rs.resolve(Map.of("Endpoint", "http://10.0.0.1:8080/a/../p"));
        assertEquals("http://10.0.0.1:8080/p/b", e.url().toString());
        assertEquals("true", e.properties().get("ip"));
        assertEquals("no endpoint", assertThrows(EndpointResolutionException.class,
                () -> rs.resolve(Map.of("Endpoint", "http://host?q=1"))).getMessage());
    }

    @Test
    void treesThatMatchNothingFallThroughToLaterRules() throws Exception {
        EndpointRuleSet rs = ruleSet(REGION, """
                {"type": "tree", "conditions": [], "rules": [
                   {"type": "endpoint", "conditions": [{"fn": "stringEquals", "argv": [{"ref": "Region"}, "x"]}],
                    "endpoint": {"url": "https://x"}}]},
                {"type": "endpoint", "conditions": [], "endpoint": {"url": "https://fallback"}}
                """);
        assertEquals("https://fallback", rs.resolve(Map.of("Region", "y")).url().toString());
        assertEquals("https://x", rs.resolve(Map.of("Region", "x")).url().toString());
    }

    @Test
    void stringFunctionsAndAssignments() throws Exception {
        EndpointRuleSet rs = ruleSet("\"Bucket\": {\"type\": \"String\"}", """
                {"type": "endpoint", "conditions": [
                    {"fn": "isSet", "argv": [{"ref": "Bucket"}]},
                    {"fn": "substring", "argv": [{"ref": "Bucket"}, 0, 6, true], "assign": "suffix"},
                    {"fn": "stringEquals", "argv": [{"ref": "suffix"}, "--x-s3"]},
                    {"fn": "split", "argv": [{"ref": "Bucket"}, "--", 0], "assign": "parts"},
                    {"fn": "isValidHostLabel", "argv": [{"fn": "getAttr", "argv": [{"ref": "parts"}, "[1]"]}, false]},
                    {"fn": "uriEncode", "argv": [{"ref": "Bucket"}], "assign": "encoded"}],
                 "endpoint": {"url": "https://{parts#[0]}.{parts#[1]}.example.com/{encoded}"}},
                {"type": "endpoint", "conditions": [
                    {"fn": "not", "argv": [{"fn": "isSet", "argv": [{"ref": "Bucket"}]}]}],
                 "endpoint": {"url": "https://nobucket.example.com"}}
                """);
        assertEquals("https://name.zone1.example.com/name--zone1--x-s3",
                rs.resolve(Map.of("Bucket", "name--zone1--x-s3")).url().toString());
    }

    @Test
    void coalesceAndIte() throws Exception {
        EndpointRuleSet rs = ruleSet("\"A\": {\"type\": \"String\"}, \"B\": {\"type\": \"String\"}, "
                        + "\"Flag\": {\"type\": \"Boolean\", \"default\": false, \"required\": true}", """
                {"type": "endpoint", "conditions": [
                    {"fn": "coalesce", "argv": [{"ref": "A"}, {"ref": "B"}, "default"], "assign": "host"},
                    {"fn": "ite", "argv": [{"ref": "Flag"}, "https", "http"], "assign": "scheme"}],
                 "endpoint": {"url": "{scheme}://{host}"}}
                """);
        assertEquals("http://default", rs.resolve(Map.of()).url().toString());
        assertEquals("https://b", rs.resolve(Map.of("B", "b", "Flag", true)).url().toString());
        assertEquals("http://a", rs.resolve(Map.of("A", "a", "B", "b")).url().toString());
    }

    @Test
    void stringArrayParameters() throws Exception {
        EndpointRuleSet rs = ruleSet("\"Arns\": {\"type\": \"stringArray\", \"default\": [\"d\"], \"required\": true}", """
                {"type": "endpoint", "conditions": [
                    {"fn": "getAttr", "argv": [{"ref": "Arns"}, "[0]"], "assign": "first"}],
                 "endpoint": {"url": "https://{first}"}}
                """);
        assertEquals("https://d", rs.resolve(Map.of()).url().toString());
        assertEquals("https://x", rs.resolve(Map.of("Arns", List.of("x", "y"))).url().toString());
    }

    @Test
    void malformedRuleSetsFailWhenLoaded() {
        assertThrows(IllegalArgumentException.class, () -> ruleSet(REGION,
                "{\"type\": \"endpoint\", \"conditions\": [{\"fn\": \"nope\", \"argv\": []}], \"endpoint\": {\"url\": \"https://x\"}}"));
        assertThrows(IllegalArgumentException.class, () -> ruleSet(REGION,
                "{\"type\": \"endpoint\", \"conditions\": [], \"endpoint\": {\"url\": \"https://{Unknown}\"}}"));
        assertThrows(IllegalArgumentException.class, () -> ruleSet(REGION,
                "{\"type\": \"endpoint\", \"conditions\": [{\"fn\": \"isSet\", \"argv\": [{\"ref\": \"Region\"}], \"assign\": \"Region\"}],"
                        + " \"endpoint\": {\"url\": \"https://x\"}}"));
        assertThrows(IllegalArgumentException.class, () -> ruleSet(REGION,
                "{\"type\": \"endpoint\", \"conditions\": [{\"fn\": \"isSet\", \"argv\": []}], \"endpoint\": {\"url\": \"https://x\"}}"));
        // A variable assigned in one branch is not visible in a sibling.
        assertThrows(IllegalArgumentException.class, () -> ruleSet(REGION,
                "{\"type\": \"tree\", \"conditions\": [], \"rules\": ["
                        + "{\"type\": \"endpoint\", \"conditions\": [{\"fn\": \"isSet\", \"argv\": [{\"ref\": \"Region\"}], \"assign\": \"v\"}], \"endpoint\": {\"url\": \"https://x\"}},"
                        + "{\"type\": \"endpoint\", \"conditions\": [], \"endpoint\": {\"url\": \"https://{v}\"}}]}"));
    }

    @Test
    void resolvingTheSameParametersTwiceHitsTheCache() throws Exception {
        EndpointRuleSet rs = ruleSet(REGION + "," + FIPS, REGIONAL);
        Endpoint first = rs.resolve(Map.of("Region", "us-east-1"));
        assertEquals(0, rs.cacheHits());
        // Explicitly passing the default gives the same key as omitting it.
        Endpoint second = rs.resolve(Map.of("Region", "us-east-1", "UseFIPS", false));
        assertSame(first, second);
        assertEquals(1, rs.cacheHits());
        assertNotSame(first, rs.resolve(Map.of("Region", "us-west-2")));
        // Errors are cached too, and each caller gets its own exception.
        EndpointResolutionException e1 = assertThrows(EndpointResolutionException.class,
                () -> rs.resolve(Map.of("Region", "cn-special", "UseFIPS", true)));
        EndpointResolutionException e2 = assertThrows(EndpointResolutionException.class,
                () -> rs.resolve(Map.of("Region", "cn-special", "UseFIPS", true)));
        assertNotSame(e1, e2);
        assertEquals(e1.getMessage(), e2.getMessage());
        assertEquals(2, rs.cacheHits());
    }

    @Test
    void parametersNoRuleReadsShareOneCacheEntry() throws Exception {
        // Like S3's Key: declared, bound from the input, read by no rule.
        String key = "\"Key\": {\"type\": \"String\"}";
        EndpointRuleSet rs = ruleSet(REGION + "," + FIPS + "," + key, REGIONAL);
        Endpoint first = rs.resolve(Map.of("Region", "us-east-1", "Key", "a.txt"));
        assertSame(first, rs.resolve(Map.of("Region", "us-east-1", "Key", "b.txt")));
        assertEquals(1, rs.cacheHits());
        // Still type-checked.
        assertThrows(EndpointResolutionException.class, () -> rs.resolve(Map.of("Region", "us-east-1", "Key", true)));
    }

    @Test
    void concurrentResolutionsAgree() throws Exception {
        EndpointRuleSet rs = ruleSet(REGION + "," + FIPS, REGIONAL);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String region = "us-west-" + (i % 150);
                results.add(pool.submit(() -> rs.resolve(Map.of("Region", region)).url().toString()));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals("https://svc.us-west-" + (i % 150) + ".amazonaws.com", results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void endpointsAreImmutable() throws Exception {
        Endpoint e = ruleSet(REGION + "," + FIPS, REGIONAL).resolve(Map.of("Region", "us-east-1"));
        assertThrows(UnsupportedOperationException.class, () -> e.properties().put("x", 1));
        assertThrows(UnsupportedOperationException.class, () -> e.authSchemes().get(0).put("x", 1));
        assertThrows(UnsupportedOperationException.class, () -> e.headers().get("x-region").add("x"));
    }
}
