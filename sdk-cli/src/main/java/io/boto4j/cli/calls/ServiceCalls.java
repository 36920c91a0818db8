package io.boto4j.cli.calls;

import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.pipeline.ServiceRuntime;

import java.io.OutputStream;
import java.util.Map;

/**
 * What the commands need of a client: its model, a blocking call, and a dry run. The commands
 * see only this, so the layer underneath can change without touching them.
 */
public interface ServiceCalls extends AutoCloseable {

    ServiceModel model();

    /**
     * Calls an operation and waits for the result. A streaming output body is written to
     * {@code streamTarget} (or discarded when it is null) and left out of the returned map.
     *
     * @throws io.boto4j.core.SdkException as the pipeline reports it
     */
    Map<String, Object> call(String operation, Map<String, Object> input, OutputStream streamTarget);

    /** Validates, resolves the endpoint, serializes and signs, without sending. */
    ServiceRuntime.SignedRequest dryRun(String operation, Map<String, Object> input);

    @Override
    void close();
}
