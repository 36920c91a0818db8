package io.boto4j.examples.demo;

import io.boto4j.core.auth.credentials.StaticCredentialsProvider;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.it.servers.ElasticMqServer;
import io.boto4j.it.servers.S3ProxyServer;
import io.boto4j.it.servers.TestServer;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * s3proxy (S3 with an in-memory store, checking every SigV4 signature: headers, presigned URLs,
 * chunk signatures) and ElasticMQ (SQS), each a child process on 127.0.0.1, started together by
 * sdk-it's harness from the files the build fetched (system properties {@code boto4j.it.s3proxy.jar}
 * and {@code boto4j.it.elasticmq.lib}, which {@code ./demo} sets). They accept the fixed
 * documentation key pair the harness configures them with.
 */
final class EmbeddedServers implements Target {
    private final TestServer s3;
    private final TestServer sqs;
    private final Path home;

    private EmbeddedServers(TestServer s3, TestServer sqs, Path home) {
        this.s3 = s3;
        this.sqs = sqs;
        this.home = home;
    }

    /**
     * Starts both servers at once and waits for them; if one fails, the other is stopped.
     *
     * @param home the home directory the clients see: an empty one, so that the user's
     *             {@code ~/.aws} and {@code AWS_*} variables play no part
     */
    static EmbeddedServers start(Path home) {
        ExecutorService starter = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<TestServer> s3 = starting(S3ProxyServer::start, starter);
            CompletableFuture<TestServer> sqs = starting(ElasticMqServer::start, starter);
            try {
                return new EmbeddedServers(s3.join(), sqs.join(), home);
            } catch (CompletionException e) {
                stopWhenStarted(s3);
                stopWhenStarted(sqs);
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        } finally {
            starter.shutdown();
        }
    }

    private static CompletableFuture<TestServer> starting(Supplier<TestServer> start, ExecutorService starter) {
        return CompletableFuture.supplyAsync(start, starter);
    }

    private static void stopWhenStarted(CompletableFuture<TestServer> server) {
        server.thenAccept(TestServer::close);
    }

    /** Where S3 listens, {@code http://127.0.0.1:PORT}. */
    String s3Endpoint() {
        return s3.endpoint().toString();
    }

    /** Where SQS listens. */
    String sqsEndpoint() {
        return sqs.endpoint().toString();
    }

    @Override
    public ClientConfig s3Config() {
        // s3proxy serves buckets by path, not by host name.
        return clientConfig(s3, home).clientContextParam("ForcePathStyle", true).build();
    }

    @Override
    public ClientConfig sqsConfig() {
        return clientConfig(sqs, home).build();
    }

    /** A client of {@code server}: its endpoint, region and credentials, and nothing from {@code home}'s absent files. */
    static ClientConfig.Builder clientConfig(TestServer server, Path home) {
        return ClientConfig.builder()
                .endpointUrl(server.endpoint())
                .region(server.region())
                .credentialsProvider(StaticCredentialsProvider.of(server.credentials()))
                .environment(ConfigEnvironment.of(Map.of(), home));
    }

    @Override
    public boolean embedded() {
        return true;
    }

    @Override
    public void close() {
        try {
            s3.close();
        } finally {
            sqs.close();
        }
    }
}
