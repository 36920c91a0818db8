package io.boto4j.it.faults;

import io.boto4j.core.client.ClientConfig;

import java.util.Map;

/**
 * One of boto4j's two layers, as the fault suite drives it: the same calls, the outcome in the
 * same terms, whatever the layer's own types (a value or a Vert.x future, an InputStream or a
 * ReadStream).
 */
interface Layer extends AutoCloseable {

    /** For messages: {@code sync}, {@code async}. */
    String name();

    /** A client of {@code service}; closed by the caller. */
    Client client(String service, ClientConfig config);

    /** A client whose host names resolve from {@code 127.0.0.1 localhost} only: nothing is looked up elsewhere. */
    Client clientWithLocalNamesOnly(String service, ClientConfig config);

    /** Threads this layer may run that the leak check counts (the JVM's own are left out). */
    boolean isLayerThread(Thread t);

    @Override
    void close();

    /** A client of one layer. */
    interface Client extends AutoCloseable {
        /** Calls an operation; returns the attempts it took, or throws what the layer threw (unwrapped). */
        int call(String operation, Map<String, ?> params);

        /** Calls an operation with a streaming output and reads the stream whole, as a caller would. */
        byte[] callAndRead(String operation, Map<String, ?> params);

        @Override
        void close();
    }
}
