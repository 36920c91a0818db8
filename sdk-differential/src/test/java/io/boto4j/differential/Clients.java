package io.boto4j.differential;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boto4j.core.auth.Credentials;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.http.Headers;
import io.boto4j.core.pipeline.ServiceRuntime;
import io.boto4j.core.transport.HttpTransport;
import io.boto4j.core.transport.Publishers;
import io.boto4j.core.transport.TransportRequest;
import io.boto4j.core.transport.TransportResponse;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * The same client on both sides: fixed credentials (with a session token), region, signing time,
 * one attempt per call, and no settings from the machine (no AWS_* variables, no config files).
 * boto4j's runtimes send through a {@link CannedTransport} that answers with the response the
 * current case set, as the driver's "before-send" handler does for botocore.
 */
final class Clients {
    static final String REGION = "us-west-2";
    static final String ACCESS_KEY = "AKIDEXAMPLE";
    static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    static final String SESSION_TOKEN = "IQoJb3JpZ2luX2VjEBoaCXVzLXdlc3QtMiJHMEUCIQDboto4jDifferentialToken";
    static final Instant SIGNING_TIME = Instant.parse("2026-11-25T12:00:00Z");

    /** Where a client sends: the rule set's endpoint, or a custom endpoint URL. */
    record Spec(String service, String endpointUrl) {
        ObjectNode toDriver() {
            ObjectNode c = JsonNodeFactory.instance.objectNode();
            c.put("service", service).put("region", REGION);
            if (endpointUrl != null) {
                c.put("endpointUrl", endpointUrl);
            }
            c.putObject("config").putObject("retries").put("total_max_attempts", 1);
            return c;
        }
    }

    /** The settings the driver starts with. */
    static ObjectNode driverSettings() {
        return JsonNodeFactory.instance.objectNode().put("signingTime", SIGNING_TIME.toString())
                .put("sessionToken", SESSION_TOKEN);
    }

    private final Map<Spec, ServiceRuntime> runtimes = new HashMap<>();
    private final Map<Spec, CannedTransport> transports = new HashMap<>();

    ServiceRuntime runtime(Spec spec) {
        return runtimes.computeIfAbsent(spec, s -> {
            CannedTransport transport = new CannedTransport();
            transports.put(s, transport);
            ClientConfig.Builder config = ClientConfig.builder()
                    .region(REGION)
                    .credentialsProvider(() -> CompletableFuture.completedFuture(
                            Credentials.of(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN)))
                    .clock(Clock.fixed(SIGNING_TIME, ZoneOffset.UTC))
                    .maxAttempts(1)
                    .environment(ConfigEnvironment.of(Map.of(), Path.of("/nonexistent/boto4j-differential")));
            if (s.endpointUrl() != null) {
                config.endpointUrl(s.endpointUrl());
            }
            return ServiceRuntime.builder().service(s.service()).config(config.build()).transport(transport).build();
        });
    }

    /** The transport of {@code spec}'s runtime, to set the next response. */
    CannedTransport transport(Spec spec) {
        runtime(spec);
        return transports.get(spec);
    }

    /** Forgets the runtimes (between services: keeps memory flat over a run of every service). */
    void clear() {
        runtimes.values().forEach(ServiceRuntime::close);
        runtimes.clear();
        transports.clear();
    }

    /**
     * Answers every request with the response set last. Before any is set (the request cases),
     * an endpoint-discovery call (Timestream's required DescribeEndpoints) is answered with the
     * host it went to, so that boto4j's dry run goes on to the operation itself.
     */
    static final class CannedTransport implements HttpTransport {
        private volatile CannedResponse next;

        void respondWith(CannedResponse response) {
            this.next = response;
        }

        private static CannedResponse discovered(TransportRequest request) {
            String target = request.request().headers().first("X-Amz-Target");
            if (target == null || !target.endsWith(".DescribeEndpoints")) {
                return null;
            }
            String body = "{\"Endpoints\":[{\"Address\":\"" + request.request().endpoint().getHost()
                    + "\",\"CachePeriodInMinutes\":1}]}";
            return new CannedResponse(200, List.of(Map.entry("Content-Type", "application/x-amz-json-1.0")),
                    body.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public CompletableFuture<TransportResponse> send(TransportRequest request) {
            CannedResponse r = next != null ? next : discovered(request);
            if (r == null) {
                return CompletableFuture.failedFuture(new IllegalStateException("no canned response set"));
            }
            Headers headers = new Headers();
            r.headers().forEach(e -> headers.add(e.getKey(), e.getValue()));
            return CompletableFuture.completedFuture(new TransportResponse() {
                @Override
                public int statusCode() {
                    return r.status();
                }

                @Override
                public Headers headers() {
                    return headers;
                }

                @Override
                public Flow.Publisher<ByteBuffer> body() {
                    return Publishers.just(ByteBuffer.wrap(r.body()));
                }

                @Override
                public void abort() {
                }
            });
        }
    }
}
