package io.boto4j.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boto4j.core.ServiceException;
import io.boto4j.core.loader.ModelLoader;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.model.Shape;
import io.boto4j.core.pipeline.CallResult;
import io.boto4j.core.pipeline.ServiceRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * boto4j against botocore {@value BotocoreEnvironment#BOTOCORE_VERSION} (the release whose models
 * it bundles): for the same operation, input, credentials, region and clock, boto4j must send the
 * request botocore sends, and parse a response to the result (or error) botocore parses.
 *
 * <p>Requests: inputs are drawn from each operation's input shape ({@link ValueGenerator}); both
 * sides sign at a fixed time ({@link Clients}); the requests are compared by
 * {@link RequestComparison}, and botocore's SigV4 signer signs boto4j's exact request again to
 * check boto4j's signature. Responses: an output or error value is drawn from its shape and
 * written in the protocol's wire format ({@link ResponseEncoder}); each SDK parses it inside a
 * real call (botocore's handlers included, since the driver answers from "before-send").
 *
 * <p>System properties: {@code boto4j.differential.seed} and {@code .requests} /
 * {@code .responses} (the sample: cases spread evenly over the six protocols, operations drawn
 * at random); {@code boto4j.differential.full=true} runs every operation instead (requests:
 * each once; responses: each output, and each error shape once per service);
 * {@code boto4j.differential.only=service[.Operation]} narrows a run to reproduce a case.
 * Differences boto4j keeps on purpose are listed, with reasons, in
 * {@code src/test/resources/accepted-differences.txt}; any other fails the test. Every case that
 * is not identical is written to {@code target/differential/}.
 */
@ExtendWith(WithBotocore.class)
class DifferentialTest {
    private static final long SEED = Long.getLong("boto4j.differential.seed", 20261125L);
    private static final int REQUESTS = Integer.getInteger("boto4j.differential.requests", 2400);
    private static final int RESPONSES = Integer.getInteger("boto4j.differential.responses", 2400);
    private static final int SERVICES_PER_PROTOCOL = Integer.getInteger("boto4j.differential.services", 12);
    private static final boolean FULL = Boolean.getBoolean("boto4j.differential.full");
    /** Cases per operation in a full run, each with its own values. */
    private static final int PER_OPERATION = Math.max(1, Integer.getInteger("boto4j.differential.perOperation", 1));
    private static final String ONLY = System.getProperty("boto4j.differential.only", "");
    /** One case in eight calls a custom endpoint URL that is an IP address. */
    private static final String IP_ENDPOINT = "http://127.0.0.1:4566";
    private static final Path REPORTS = Path.of("target", "differential");

    private static BotocoreDriver driver;
    private static OperationCatalog catalog;
    private static AcceptedDifferences accepted;
    private static final ModelLoader MODELS = ModelLoader.defaultLoader();

    /** One case: an operation, the client that calls it and, for responses, the error shape to answer with. */
    record Case(int index, OperationCatalog.Operation op, Clients.Spec client, String error) {
        String label() {
            return op.id() + " #" + index + (client.endpointUrl() != null ? " endpoint " + client.endpointUrl() : "")
                    + (error != null ? " error " + error : "") + " (seed " + SEED + ")";
        }
    }

    @BeforeAll
    static void loadTheCatalog() {
        driver = WithBotocore.driver();
        List<String> services = services(OperationCatalog.protocolByService(MODELS));
        catalog = OperationCatalog.load(MODELS, services);
        accepted = AcceptedDifferences.load();
        System.out.println("differential test against botocore " + BotocoreEnvironment.BOTOCORE_VERSION + ": "
                + services.size() + " services, " + catalog.all().size() + " operations, seed " + SEED
                + (FULL ? ", every operation " + PER_OPERATION + " time(s)"
                        : ", " + REQUESTS + " requests and " + RESPONSES + " responses"));
    }

    // ------------------------------------------------------------------ requests

    @Test
    void requestsAreTheOnesBotocoreSends() {
        Tally tally = new Tally("request", accepted);
        List<Case> cases = FULL ? everyOperation(op -> true, false) : sample(REQUESTS, op -> true, false);
        // botocore sends no event-stream input (its clients drop or refuse those operations).
        tally.leftOut((int) catalog.all().stream().filter(op -> op.eventStreamInput() && selected(op)).count());
        forEachService(cases, tally, this::requests);
        finish(tally, "requests.txt");
    }

    private void requests(ServiceModel model, List<Case> cases, Tally tally, Clients clients) {
        // Every botocore request of the service first: the driver works while boto4j does.
        List<Map<String, Object>> params = new ArrayList<>();
        List<CompletableFuture<JsonNode>> theirs = new ArrayList<>();
        for (Case c : cases) {
            OperationModel op = model.operation(c.op().name());
            Map<String, Object> input = op.inputShape() == null ? new LinkedHashMap<>()
                    : ValueGenerator.forInput(caseRandom(c.index())).structure(op.inputShape());
            params.add(input);
            ObjectNode msg = message("request", c);
            msg.set("params", PlainValues.input(input));
            theirs.add(driver.send(msg));
        }
        List<RequestCase> compared = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Boto4jRequest mine = boto4jRequest(clients.runtime(c.client()), c.op().name(), params.get(i));
            compared.add(compareRequests(model.operation(c.op().name()), c, params.get(i), mine, theirs.get(i).join(),
                    tally));
        }
        for (RequestCase r : compared) {
            r.checkSignature();
            tally.record(r.c.op().protocol(), r.c.op().service(), r.c.op().name(), r.c.label() + "\n" + r.details,
                    r.diffs);
        }
    }

    /** One request case compared; botocore's signer may still have to check boto4j's signature. */
    private record RequestCase(Case c, List<Difference> diffs, WireRequest mine, CompletableFuture<JsonNode> verify,
                               String details) {
        void checkSignature() {
            if (verify == null) {
                return;
            }
            JsonNode v = verify.join();
            String sent = mine.header("authorization");
            String resigned = v.has("authorization") ? v.path("authorization").asText()
                    : "driver failed: " + v.path("crash").asText();
            if (!sent.equals(resigned)) {
                diffs.add(Difference.of("signature.verify", sent, resigned));
            }
        }
    }

    private RequestCase compareRequests(OperationModel op, Case c, Map<String, Object> params, Boto4jRequest mine,
                                        JsonNode answer, Tally tally) {
        List<Difference> diffs = new ArrayList<>();
        String details = "  params: " + shorten(PlainValues.input(params).toString(), 600);
        if (answer.has("crash")) {
            diffs.add(new Difference("driver", answer.path("crash").asText()));
            return new RequestCase(c, diffs, null, null, details);
        }
        if (mine.refusal() != null || answer.has("refused")) {
            if (mine.refusal() != null && answer.has("refused")) {
                tally.refusedByBoth();
            } else if (mine.refusal() != null) {
                diffs.add(new Difference("refused-by-boto4j", mine.refusal()));
            } else {
                diffs.add(new Difference("refused-by-botocore", answer.path("refused").asText()));
            }
            return new RequestCase(c, diffs, null, null, details);
        }
        WireRequest my = mine.request();
        WireRequest their = WireRequest.fromDriver(answer.path("request"));
        boolean tokens = op.inputShape() != null
                && op.inputShape().members().values().stream().anyMatch(m -> m.isIdempotencyToken());
        diffs.addAll(RequestComparison.compare(c.op().protocol(), tokens, my, their));
        // Signatures can only be equal over equal bytes and equal tokens (each SDK draws its own);
        // botocore's signer checks ours in every case.
        boolean sameBytes = diffs.isEmpty() && !tokens && Arrays.equals(my.body(), their.body());
        diffs.addAll(RequestComparison.sameSignature(my, their, sameBytes));
        CompletableFuture<JsonNode> verify = null;
        String auth = my.header("authorization");
        if (auth != null && auth.startsWith("AWS4-HMAC-SHA256")) { // SigV4a signatures are not reproducible
            ObjectNode v = JsonNodeFactory.instance.objectNode().put("kind", "verify");
            v.set("request", my.toDriver());
            verify = driver.send(v);
        }
        details += "\n  boto4j:   " + describe(my) + "\n  botocore: " + describe(their);
        return new RequestCase(c, diffs, my, verify, details);
    }

    /** boto4j's signed request, or why boto4j refused to make it. */
    private record Boto4jRequest(WireRequest request, String refusal) {
    }

    private static Boto4jRequest boto4jRequest(ServiceRuntime runtime, String operation, Map<String, Object> params) {
        try {
            return new Boto4jRequest(WireRequest.of(runtime.dryRun(operation, params).get(60, TimeUnit.SECONDS)), null);
        } catch (Exception e) {
            return new Boto4jRequest(null, refusal(e));
        }
    }

    // ------------------------------------------------------------------ responses

    @Test
    void responsesParseAsBotocoreParsesThem() {
        Tally tally = new Tally("response", accepted);
        Predicate<OperationCatalog.Operation> comparable = op -> !op.eventStreamOutput();
        List<Case> cases = FULL ? everyOperation(comparable, true) : sample(RESPONSES, comparable, true);
        tally.leftOut((int) catalog.all().stream()
                .filter(op -> (op.eventStreamInput() || op.eventStreamOutput()) && selected(op)).count());
        forEachService(cases, tally, this::responses);
        finish(tally, "responses.txt");
    }

    private void responses(ServiceModel model, List<Case> cases, Tally tally, Clients clients) {
        List<Map<String, Object>> params = new ArrayList<>();
        List<CannedResponse> canned = new ArrayList<>();
        List<CompletableFuture<JsonNode>> theirs = new ArrayList<>();
        for (Case c : cases) {
            OperationModel op = model.operation(c.op().name());
            Random random = caseRandom(c.index());
            Map<String, Object> input = op.inputShape() == null ? new LinkedHashMap<>()
                    : ValueGenerator.forMinimalInput(random).structure(op.inputShape());
            ResponseEncoder encoder = new ResponseEncoder(c.op().protocol(), random);
            CannedResponse response;
            if (c.error() != null) {
                Shape error = model.shape(c.error());
                response = encoder.error(op, error, ValueGenerator.forOutput(random).structure(error));
            } else {
                response = encoder.success(op, op.outputShape() == null ? new LinkedHashMap<>()
                        : ValueGenerator.forOutput(random).structure(op.outputShape()));
            }
            params.add(input);
            canned.add(response);
            ObjectNode msg = message("response", c);
            msg.set("params", PlainValues.input(input));
            response.writeTo(msg);
            theirs.add(driver.send(msg));
        }
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Clients.CannedTransport transport = clients.transport(c.client());
            transport.respondWith(canned.get(i));
            JsonNode mine = boto4jResponse(clients.runtime(c.client()), c.op().name(), params.get(i));
            JsonNode answer = theirs.get(i).join();
            List<Difference> diffs = compareResults(mine, answer);
            if (mine.has("refused") && answer.has("refused")) {
                tally.refusedByBoth();
                diffs.clear();
            }
            CannedResponse r = canned.get(i);
            String details = "  response: " + r.status() + " " + r.headers() + " "
                    + shorten(new String(r.body(), StandardCharsets.UTF_8), 800)
                    + "\n  boto4j:   " + shorten(mine.toString(), 800)
                    + "\n  botocore: " + shorten(answer.toString(), 800);
            tally.record(c.op().protocol(), c.op().service(), c.op().name(), c.label() + "\n" + details, diffs);
        }
    }

    /** boto4j's result as {@code {"result", "requestId"}}, {@code {"error": ...}} or {@code {"refused"}}. */
    private static JsonNode boto4jResponse(ServiceRuntime runtime, String operation, Map<String, Object> params) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        try {
            CallResult result = runtime.invoke(operation, params).get(60, TimeUnit.SECONDS);
            out.set("result", PlainValues.result(result.output()));
            out.put("requestId", result.requestId());
        } catch (Exception e) {
            Throwable t = unwrap(e);
            if (t instanceof ServiceException s) {
                ObjectNode error = out.putObject("error");
                error.put("code", s.errorCode());
                error.put("message", s.errorMessage());
                error.set("fields", PlainValues.result(s.fields()));
                error.put("status", s.statusCode());
                error.put("requestId", s.requestId());
            } else {
                out.put("refused", refusal(t));
            }
        }
        return out;
    }

    private static List<Difference> compareResults(JsonNode mine, JsonNode theirs) {
        List<Difference> out = new ArrayList<>();
        if (theirs.has("crash")) {
            out.add(new Difference("driver", theirs.path("crash").asText()));
            return out;
        }
        String kindA = mine.has("result") ? "result" : mine.has("error") ? "error" : "refused";
        String kindB = theirs.has("result") ? "result" : theirs.has("error") ? "error" : "refused";
        if (!kindA.equals(kindB)) {
            out.add(Difference.of("outcome", kindA + " " + shorten(mine.path(kindA).toString(), 300),
                    kindB + " " + shorten(theirs.path(kindB).toString(), 300)));
            return out;
        }
        switch (kindA) {
            case "result" -> {
                String where = Bodies.firstDifference(mine.path("result"), theirs.path("result"));
                if (where != null) {
                    out.add(new Difference("result", where));
                }
                same(out, "requestId", mine.path("requestId"), theirs.path("requestId"));
            }
            case "error" -> {
                JsonNode a = mine.path("error");
                JsonNode b = theirs.path("error");
                same(out, "error.code", a.path("code"), b.path("code"));
                same(out, "error.message", a.path("message"), b.path("message"));
                same(out, "error.status", a.path("status"), b.path("status"));
                same(out, "error.requestId", a.path("requestId"), b.path("requestId"));
                String where = Bodies.firstDifference(a.path("fields"), b.path("fields"));
                if (where != null) {
                    out.add(new Difference("error.fields", where));
                }
            }
            default -> { }
        }
        return out;
    }

    private static void same(List<Difference> out, String aspect, JsonNode a, JsonNode b) {
        JsonNode x = a.isMissingNode() ? JsonNodeFactory.instance.nullNode() : a;
        JsonNode y = b.isMissingNode() ? JsonNodeFactory.instance.nullNode() : b;
        if (!x.equals(y)) {
            out.add(Difference.of(aspect, x, y));
        }
    }

    // ------------------------------------------------------------------ cases

    /** {@code count} cases spread evenly over the protocols, operations drawn at random. */
    private static List<Case> sample(int count, Predicate<OperationCatalog.Operation> eligible, boolean errors) {
        Random random = new Random(SEED);
        List<Case> cases = new ArrayList<>();
        List<String> protocols = OperationCatalog.PROTOCOLS;
        for (int i = 0; i < count; i++) {
            List<OperationCatalog.Operation> ops = catalog.ofProtocol(protocols.get(i % protocols.size())).stream()
                    .filter(eligible.and(op -> !op.eventStreamInput())).filter(DifferentialTest::selected).toList();
            if (ops.isEmpty()) {
                continue;
            }
            OperationCatalog.Operation op = ops.get(random.nextInt(ops.size()));
            String endpoint = random.nextInt(8) == 0 ? IP_ENDPOINT : null;
            String error = errors && !op.errors().isEmpty() && random.nextInt(10) < 4
                    ? op.errors().get(random.nextInt(op.errors().size())) : null;
            cases.add(new Case(i, op, new Clients.Spec(op.service(), endpoint), error));
        }
        return cases;
    }

    /**
     * Every operation {@link #PER_OPERATION} times (every eighth of the repeats through the IP
     * endpoint); with {@code errors}, also each error shape of a service once.
     */
    private static List<Case> everyOperation(Predicate<OperationCatalog.Operation> eligible, boolean errors) {
        List<Case> cases = new ArrayList<>();
        Set<String> errorsSeen = new HashSet<>();
        int i = 0;
        for (OperationCatalog.Operation op : catalog.all()) {
            if (!eligible.test(op) || op.eventStreamInput() || !selected(op)) {
                continue;
            }
            Clients.Spec client = new Clients.Spec(op.service(), null);
            for (int repeat = 0; repeat < PER_OPERATION; repeat++) {
                Clients.Spec spec = repeat % 8 == 7 ? new Clients.Spec(op.service(), IP_ENDPOINT) : client;
                cases.add(new Case(i++, op, spec, null));
            }
            if (errors) {
                for (String e : op.errors()) {
                    if (errorsSeen.add(op.service() + "." + e)) {
                        cases.add(new Case(i++, op, client, e));
                    }
                }
            }
        }
        return cases;
    }

    /**
     * The services a run covers: all of them for a full run; for a sample, up to
     * {@link #SERVICES_PER_PROTOCOL} per protocol drawn with the seed (loading every model on
     * both sides would cost more than the cases themselves).
     */
    private static List<String> services(Map<String, String> protocolByService) {
        if (FULL) {
            return new ArrayList<>(protocolByService.keySet());
        }
        Random random = new Random(SEED);
        List<String> chosen = new ArrayList<>();
        for (String protocol : OperationCatalog.PROTOCOLS) {
            List<String> of = new ArrayList<>(protocolByService.entrySet().stream()
                    .filter(e -> e.getValue().equals(protocol)).map(Map.Entry::getKey)
                    .filter(s -> ONLY.isEmpty() || ONLY.equals(s) || ONLY.startsWith(s + "."))
                    .toList());
            Collections.shuffle(of, random);
            chosen.addAll(of.subList(0, Math.min(SERVICES_PER_PROTOCOL, of.size())));
        }
        return chosen;
    }

    private static boolean selected(OperationCatalog.Operation op) {
        return ONLY.isEmpty() || ONLY.equals(op.service()) || ONLY.equals(op.id());
    }

    private interface ServiceRun {
        void run(ServiceModel model, List<Case> cases, Tally tally, Clients clients);
    }

    /** Runs the cases service by service (one model and one set of clients in memory at a time). */
    private static void forEachService(List<Case> cases, Tally tally, ServiceRun run) {
        List<Case> sorted = new ArrayList<>(cases);
        sorted.sort(Comparator.comparing((Case c) -> c.op().service()).thenComparingInt(Case::index));
        Clients clients = new Clients();
        int from = 0;
        while (from < sorted.size()) {
            String service = sorted.get(from).op().service();
            int to = from;
            while (to < sorted.size() && sorted.get(to).op().service().equals(service)) {
                to++;
            }
            run.run(MODELS.serviceModel(service), sorted.subList(from, to), tally, clients);
            clients.clear();
            from = to;
        }
    }

    private static void finish(Tally tally, String reportName) {
        tally.writeReport(REPORTS.resolve(reportName));
        System.out.println(tally.summary());
        if (FULL) {
            String side = reportName.startsWith("request") ? "request" : "response";
            accepted.entries().stream().filter(e -> e.side.equals(side) && e.matched.get() == 0)
                    .forEach(e -> System.out.println("  accepted difference matched nothing in a full run: " + e));
        }
        List<String> different = tally.differentCases();
        if (!different.isEmpty()) {
            System.out.println("first differences (all in " + REPORTS.resolve(reportName).toAbsolutePath() + "):");
            different.stream().limit(15).forEach(System.out::println);
        }
        assertEquals(0, tally.different(), () -> tally.different() + " cases differ from botocore and are not in "
                + AcceptedDifferences.FILE + "; see " + REPORTS.resolve(reportName).toAbsolutePath());
    }

    // ------------------------------------------------------------------ helpers

    private static ObjectNode message(String kind, Case c) {
        ObjectNode msg = JsonNodeFactory.instance.objectNode().put("kind", kind);
        msg.set("client", c.client().toDriver());
        msg.put("operation", c.op().name());
        return msg;
    }

    private static Random caseRandom(int index) {
        return new Random(SEED * 1_000_003L + index);
    }

    private static String describe(WireRequest r) {
        return r.method() + " " + r.url() + " " + r.headers() + " body "
                + shorten(new String(r.body(), StandardCharsets.UTF_8), 600);
    }

    private static String refusal(Throwable e) {
        Throwable t = unwrap(e);
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String shorten(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "..." : s;
    }
}
