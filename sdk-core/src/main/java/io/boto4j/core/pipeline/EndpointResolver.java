package io.boto4j.core.pipeline;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.endpoints.Endpoint;
import io.boto4j.core.endpoints.EndpointParameterResolver;
import io.boto4j.core.endpoints.EndpointRuleSet;
import io.boto4j.core.endpoints.OperationEndpointContext;

import java.net.URI;
import java.util.Map;

/**
 * A client's endpoint resolution: its rule set fed with the client's built-ins and context
 * parameters, the operation's static and input-bound parameters, and a call's overrides.
 */
final class EndpointResolver {
    private final String serviceName;
    private final EndpointRuleSet ruleSet;
    private final EndpointParameterResolver parameters;
    private final Map<String, Object> builtIns;
    private final Map<String, Object> clientContextParams;

    EndpointResolver(String serviceName, EndpointRuleSet ruleSet, Map<String, Object> builtIns,
                     Map<String, Object> clientContextParams) {
        this.serviceName = serviceName;
        this.ruleSet = ruleSet;
        this.parameters = ruleSet == null ? null : new EndpointParameterResolver(ruleSet);
        this.builtIns = Map.copyOf(builtIns);
        this.clientContextParams = Map.copyOf(clientContextParams);
    }

    /** The built-in values the client resolved ({@code AWS::Region}, {@code SDK::Endpoint}, ...). */
    Map<String, Object> builtIns() {
        return builtIns;
    }

    /** The rule set's client context parameters set in code ({@code ForcePathStyle}, ...). */
    Map<String, Object> clientContextParams() {
        return clientContextParams;
    }

    Endpoint resolve(OperationEndpointContext operation, Map<String, Object> input, Map<String, Object> overrides) {
        if (ruleSet == null) {
            Object url = builtIns.get("SDK::Endpoint");
            if (url == null) {
                throw new SdkClientException(serviceName + " has no endpoint rule set: set an endpoint URL");
            }
            return Endpoint.of(URI.create(url.toString()));
        }
        Map<String, Object> params = parameters.resolve(operation, input, clientContextParams, builtIns);
        if (!overrides.isEmpty()) {
            params.putAll(overrides);
        }
        return ruleSet.resolve(params);
    }
}
