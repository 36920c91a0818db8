package io.boto4j.cli.calls;

import java.io.OutputStream;
import java.util.Map;

/** A blocking client as the commands need it; {@link Clients} opens one on the blocking layer. */
public interface ServiceCalls extends AutoCloseable {

    /**
     * Calls an operation and waits for the result. A streaming output body is written to
     * {@code streamTarget} (or discarded when it is null) and left out of the returned map.
     *
     * @throws io.boto4j.core.SdkException as the pipeline reports it
     */
    Map<String, Object> call(String operation, Map<String, Object> input, OutputStream streamTarget);

    @Override
    void close();
}
