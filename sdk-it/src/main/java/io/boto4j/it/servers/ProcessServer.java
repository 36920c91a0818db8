package io.boto4j.it.servers;

import io.boto4j.core.auth.Credentials;

import java.net.URI;

/** A {@link TestServer} that is one child process listening on one endpoint. */
abstract class ProcessServer implements TestServer {
    private final String name;
    private final ServerProcess process;
    private final URI endpoint;
    private final Credentials credentials;

    ProcessServer(String name, ServerProcess process, URI endpoint, Credentials credentials) {
        this.name = name;
        this.process = process;
        this.endpoint = endpoint;
        this.credentials = credentials;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public Credentials credentials() {
        return credentials;
    }

    @Override
    public void close() {
        process.close();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + endpoint + "]";
    }
}
