package io.boto4j.core.endpoints;

import io.boto4j.core.EndpointResolutionException;
import io.boto4j.core.jmespath.JmesPath;
import io.boto4j.core.JmesPathException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Gathers the endpoint parameter values for one call, with botocore's precedence: for each
 * parameter the rule set declares, the first value found among
 * <ol>
 *   <li>the operation's {@code staticContextParams},</li>
 *   <li>the input member marked {@code contextParam},</li>
 *   <li>the operation's {@code operationContextParams} path over the input,</li>
 *   <li>the client context parameters (client configuration, keyed by parameter name),</li>
 *   <li>the built-in the parameter names (keyed by built-in name, e.g. {@code AWS::Region}).</li>
 * </ol>
 * Parameters with no value are left out, so the rule set's default applies.
 */
public final class EndpointParameterResolver {
    private final EndpointRuleSet ruleSet;

    /**
     * A resolver for the parameters {@code ruleSet} declares.
     *
     * @param ruleSet the service's rule set, not null
     * @throws NullPointerException when {@code ruleSet} is null
     */
    public EndpointParameterResolver(EndpointRuleSet ruleSet) {
        this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
    }

    /**
     * The value of every declared parameter, each from the first source in the order above
     * that has one.
     *
     * @param operation     what the operation's model contributes
     * @param input         the caller's input (plain Java values)
     * @param clientContext client context parameter values by parameter name
     * @param builtIns      built-in values by built-in name
     * @return the parameter values to pass to {@link EndpointRuleSet#resolve}
     * @throws EndpointResolutionException when an operationContextParams path cannot be evaluated
     */
    public Map<String, Object> resolve(OperationEndpointContext operation, Map<String, ?> input,
                                       Map<String, ?> clientContext, Map<String, ?> builtIns) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (EndpointParameter p : ruleSet.parameters()) {
            Object value = fromOperation(p.name(), operation, input);
            if (value == null) {
                value = clientContext.get(p.name());
            }
            if (value == null && p.builtIn() != null) {
                value = builtIns.get(p.builtIn());
            }
            if (value != null) {
                params.put(p.name(), value);
            }
        }
        return params;
    }

    private static Object fromOperation(String name, OperationEndpointContext operation, Map<String, ?> input) {
        Object value = operation.staticContextParams().get(name);
        if (value != null) {
            return value;
        }
        String member = operation.contextParamMembers().get(name);
        if (member != null && input.get(member) != null) {
            return input.get(member);
        }
        String path = operation.operationContextParamPaths().get(name);
        if (path != null) {
            try {
                return JmesPath.compile(path).search(input);
            } catch (JmesPathException e) {
                throw new EndpointResolutionException("operationContextParams " + name + ": " + e.getMessage(), e);
            }
        }
        return null;
    }
}
