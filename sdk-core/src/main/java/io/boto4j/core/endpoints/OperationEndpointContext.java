package io.boto4j.core.endpoints;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * What an operation's model contributes to its endpoint parameters: from the model API
 * ({@link #of}) or straight from botocore-format JSON ({@link #fromJson}).
 */
public interface OperationEndpointContext {

    /**
     * {@code staticContextParams}: parameter name to fixed value.
     *
     * @return the values by parameter name; empty when the operation has none
     */
    Map<String, Object> staticContextParams();

    /**
     * {@code contextParam} members of the input shape: parameter name to input member name.
     *
     * @return the member names by parameter name, e.g. {@code Bucket -> Bucket}; empty when none
     */
    Map<String, String> contextParamMembers();

    /**
     * {@code operationContextParams}: parameter name to JMESPath over the input.
     *
     * @return the expressions by parameter name, e.g. DynamoDB BatchGetItem's
     *         {@code ResourceArnList -> keys(RequestItems)}; empty when none
     */
    Map<String, String> operationContextParamPaths();

    /**
     * An operation that contributes nothing (client and built-in values only).
     *
     * @return the shared empty context
     */
    static OperationEndpointContext none() {
        return JsonOperationEndpointContext.EMPTY;
    }

    /**
     * Reads the three sources from a loaded operation model.
     *
     * @param operation the operation
     * @return the operation's context
     */
    static OperationEndpointContext of(io.boto4j.core.model.OperationModel operation) {
        return JsonOperationEndpointContext.of(operation);
    }

    /**
     * Reads the three sources from an operation's JSON (an entry of the service model's
     * {@code operations}) and the service model's {@code shapes}.
     *
     * @param operation the operation's JSON object
     * @param shapes the service model's {@code shapes} object, where the input shape is looked up
     * @return the operation's context
     */
    static OperationEndpointContext fromJson(JsonNode operation, JsonNode shapes) {
        return JsonOperationEndpointContext.of(operation, shapes);
    }
}
