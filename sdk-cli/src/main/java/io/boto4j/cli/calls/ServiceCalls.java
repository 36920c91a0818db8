package io.boto4j.cli.calls;

import io.boto4j.core.paginate.PaginationConfig;
import io.boto4j.core.plugin.CustomMethod;

import java.io.OutputStream;
import java.util.Map;

/** A blocking client as the commands need it; {@link Clients} opens one on the blocking layer. */
public interface ServiceCalls extends AutoCloseable {

    /**
     * Calls an operation and waits for the result. A streaming output body is written to
     * {@code streamTarget} and left out of the returned map (given up unread when the target is
     * null; the commands always give one).
     *
     * @throws io.boto4j.core.SdkException as the pipeline reports it
     */
    Map<String, Object> call(String operation, Map<String, Object> input, OutputStream streamTarget);

    /**
     * Runs a custom method of the client by name and waits for its result.
     *
     * @throws io.boto4j.core.SdkException as the method reports it
     */
    Object callMethod(String method, Map<String, ?> arguments);

    /** Runs one of the custom methods the command line names in code ({@code S3Methods.UPLOAD_FILE}). */
    <R> R call(CustomMethod<R> method, Map<String, ?> arguments);

    /** Every page of a paginated operation, aggregated (botocore's {@code build_full_result}). */
    Map<String, Object> paginateAll(String operation, Map<String, Object> input, PaginationConfig config);

    /**
     * Blocks until the waiter's success state.
     *
     * @throws io.boto4j.core.waiter.WaiterException when a failure state matched or attempts ran out
     */
    void waitUntil(String waiter, Map<String, Object> input);

    @Override
    void close();
}
