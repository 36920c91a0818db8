package io.boto4j.cli.calls;

import io.boto4j.core.paginate.PaginationConfig;
import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.core.TruncatedBodyException;
import io.boto4j.sync.ResponseEventStream;
import io.boto4j.sync.ResponseInputStream;
import io.boto4j.sync.SyncClient;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link ServiceCalls} on the blocking layer's {@link SyncClient}. */
final class SyncCalls implements ServiceCalls {
    private final SyncClient client;

    SyncCalls(SyncClient client) {
        this.client = client;
    }

    @Override
    public Map<String, Object> call(String operation, Map<String, Object> input, OutputStream streamTarget) {
        Map<String, Object> result = client.call(operation, input);
        Map<String, Object> output = new LinkedHashMap<>(result);
        for (Map.Entry<String, Object> e : result.entrySet()) {
            if (e.getValue() instanceof ResponseInputStream body) {
                output.remove(e.getKey());
                drain(body, streamTarget);
            } else if (e.getValue() instanceof ResponseEventStream events) {
                // The whole stream, read to its end, as a list of events: the result is one JSON document.
                output.put(e.getKey(), readAll(events));
            }
        }
        return output;
    }

    @Override
    public Object callMethod(String method, Map<String, ?> arguments) {
        return client.callMethod(method, arguments);
    }

    @Override
    public <R> R call(CustomMethod<R> method, Map<String, ?> arguments) {
        return client.call(method, arguments);
    }

    @Override
    public Map<String, Object> paginateAll(String operation, Map<String, Object> input, PaginationConfig config) {
        return client.paginate(operation, input, config).fullResult();
    }

    @Override
    public void waitUntil(String waiter, Map<String, Object> input) {
        client.waitUntil(waiter, input);
    }

    private static List<Map<String, Object>> readAll(ResponseEventStream events) {
        List<Map<String, Object>> all = new ArrayList<>();
        try (events) {
            events.forEachRemaining(all::add);
        }
        return all;
    }

    /** Streams the body to the target as it arrives; without a target, gives it up unread. */
    private static void drain(ResponseInputStream body, OutputStream target) {
        try (body) {
            if (target == null) {
                body.abort();
                return;
            }
            body.transferTo(target);
            target.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the response body failed: " + reason(e), e);
        }
    }

    /** What went wrong, in the SDK's words: a cut connection is named as such. */
    private static String reason(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TruncatedBodyException truncated) {
                return truncated.getMessage() + "; the connection was cut, run the command again";
            }
        }
        return e.getMessage();
    }

    @Override
    public void close() {
        client.close();
    }
}
