package io.boto4j.it.servers;

import io.boto4j.core.auth.Credentials;
import java.net.URI;

/**
 * A server the end-to-end tests talk to: where it listens and what to sign with. Closing it
 * stops the process and deletes its files.
 */
public interface TestServer extends AutoCloseable {
    /** Short name for messages, e.g. {@code s3proxy}. */
    String name();

    /** {@code http://127.0.0.1:PORT}, no trailing slash. */
    URI endpoint();

    /** The credentials the server accepts (s3proxy and moto check signatures; the others do not). */
    Credentials credentials();

    /** The region to sign for. */
    default String region() {
        return "us-east-1";
    }

    @Override
    void close();
}
