package io.boto4j.examples.notebook.usage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.boto4j.examples.testing.LocalHttpServer;
import io.boto4j.examples.testing.LocalHttpServer.Request;
import io.boto4j.examples.testing.LocalHttpServer.Response;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The invented Notebook service as its team would run it, in memory on 127.0.0.1: rest-json under
 * {@code /v1/notes}, every request checked for the API key, errors as {@code x-amzn-ErrorType}.
 */
final class FakeNotebook implements AutoCloseable {
    static final String API_KEY = "nb-test-key";
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String PREFIX = "/v1/notes";

    private final Map<String, Map<String, Object>> notes = new LinkedHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final LocalHttpServer server = LocalHttpServer.start(this::answer);

    URI endpoint() {
        return server.endpoint();
    }

    List<Request> requests() {
        return server.requests();
    }

    private synchronized Response answer(Request request) throws IOException {
        if (!API_KEY.equals(request.header("x-api-key"))) {
            return error(400, "BadRequestException", "a valid x-api-key header is required");
        }
        String path = request.uri().getPath();
        String id = path.startsWith(PREFIX + "/") ? path.substring(PREFIX.length() + 1) : null;
        switch (request.method() + (id == null ? " notes" : " note")) {
            case "POST notes": {
                Map<?, ?> in = JSON.readValue(request.body(), Map.class);
                Map<String, Object> note = new LinkedHashMap<>();
                note.put("noteId", "n-" + ids.incrementAndGet());
                note.put("title", in.get("title"));
                if (in.get("text") != null) {
                    note.put("text", in.get("text"));
                }
                note.put("createdAt", 1_780_000_000 + ids.get());
                notes.put((String) note.get("noteId"), note);
                return json(201, note);
            }
            case "GET note":
                return notes.containsKey(id) ? json(200, notes.get(id)) : notFound(id);
            case "DELETE note":
                return notes.remove(id) != null ? Response.empty(204) : notFound(id);
            case "GET notes":
                return json(200, page(request.uri()));
            default:
                return error(400, "BadRequestException", request.method() + " " + path + " is not an operation");
        }
    }

    /** A page of summaries: {@code maxResults} from after the note named by {@code nextToken}. */
    private Map<String, Object> page(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        int max = Integer.parseInt(query.getOrDefault("maxResults", "100"));
        List<String> order = new ArrayList<>(notes.keySet());
        int from = query.containsKey("nextToken") ? order.indexOf(query.get("nextToken")) + 1 : 0;
        List<Map<String, Object>> summaries = new ArrayList<>();
        for (String noteId : order.subList(from, Math.min(order.size(), from + max))) {
            summaries.add(Map.of("noteId", noteId, "title", notes.get(noteId).get("title")));
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("notes", summaries);
        if (from + max < order.size()) {
            page.put("nextToken", order.get(from + max - 1));
        }
        return page;
    }

    private static Response notFound(String id) {
        return error(404, "NotFoundException", "no note " + id);
    }

    private static Response json(int status, Object body) throws IOException {
        return new Response(status, Map.of("Content-Type", "application/json"), JSON.writeValueAsBytes(body));
    }

    private static Response error(int status, String type, String message) {
        return LocalHttpServer.Response.text(status, "application/json", "{\"message\":\"" + message + "\"}")
                .withHeader("x-amzn-ErrorType", type);
    }

    @Override
    public void close() {
        server.close();
    }
}
