package io.boto4j.examples.demo;

import io.boto4j.core.client.ClientConfig;

/**
 * Where the demo's calls go: servers it started on 127.0.0.1 ({@link EmbeddedServers}) or an account
 * or endpoint the user named ({@link YourAccount}). Closing it stops what it started.
 */
sealed interface Target extends AutoCloseable permits EmbeddedServers, YourAccount {

    /** The configuration of the S3 clients, both layers. */
    ClientConfig s3Config();

    /** The configuration of the SQS client. */
    ClientConfig sqsConfig();

    /**
     * Whether the demo started the servers itself: what it created there goes when they stop, and
     * nobody else can see it, so it needs no confirmation.
     */
    boolean embedded();

    @Override
    void close();
}
