package io.boto4j.core.endpoints;

import io.boto4j.core.EndpointResolutionException;
import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.internal.endpoints.rules.CompiledRuleSet;
import io.boto4j.core.internal.endpoints.rules.RuleSetCompiler;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A service's Endpoints 2.0 rule set ({@code endpoint-rule-set-1.json}), prepared once and
 * resolved many times. Parameter values are plain Java values: {@code String},
 * {@code Boolean}, {@code List<String>}. Thread-safe; repeated parameter combinations are
 * answered from a small bounded cache.
 */
public final class EndpointRuleSet {
    private final CompiledRuleSet compiled;
    private final Map<String, EndpointParameter> byName;
    private final Map<String, String> builtIns;

    private EndpointRuleSet(CompiledRuleSet compiled) {
        this.compiled = compiled;
        Map<String, EndpointParameter> names = new LinkedHashMap<>();
        Map<String, String> builtIn = new LinkedHashMap<>();
        for (EndpointParameter p : compiled.parameters()) {
            names.put(p.name(), p);
            if (p.builtIn() != null) {
                builtIn.put(p.name(), p.builtIn());
            }
        }
        this.byName = Collections.unmodifiableMap(names);
        this.builtIns = Collections.unmodifiableMap(builtIn);
    }

    /**
     * Prepares a rule set.
     *
     * @param ruleSet the parsed {@code endpoint-rule-set-1.json}, not null
     * @param partitions the partition data the {@code aws.partition} function reads
     * @return the prepared, thread-safe rule set
     * @throws NullPointerException when {@code ruleSet} is null
     * @throws IllegalArgumentException when the rule set is malformed (unknown function, bad
     *                                  arity, reference to an unknown name, bad template, ...)
     */
    public static EndpointRuleSet parse(JsonNode ruleSet, Partitions partitions) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        try {
            return new EndpointRuleSet(RuleSetCompiler.compile(ruleSet, partitions));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid endpoint rule set: " + e.getMessage(), e);
        }
    }

    /**
     * The declared parameters, in rule-set order.
     *
     * @return the parameters; read-only
     */
    public List<EndpointParameter> parameters() {
        return compiled.parameters();
    }

    /**
     * A declared parameter by name.
     *
     * @param name the parameter name as the rule set spells it, e.g. {@code UseFIPS}
     * @return the parameter, or empty when the rule set declares none of that name
     */
    public Optional<EndpointParameter> parameter(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * Parameter name to built-in name (e.g. {@code Region -> AWS::Region}) for the parameters the SDK fills.
     *
     * @return the mapping in rule-set order; read-only
     */
    public Map<String, String> builtInParameters() {
        return builtIns;
    }

    /**
     * Resolves the endpoint. Parameters not declared by the rule set are ignored; missing ones
     * take their default.
     *
     * @param params parameter values by name: {@code String}, {@code Boolean} or {@code List<String>}
     * @return the endpoint the rules lead to
     * @throws EndpointResolutionException with the rule set's error text when an error rule
     *                                     applies, or when parameters are missing or mistyped
     */
    public Endpoint resolve(Map<String, ?> params) {
        return compiled.resolve(params);
    }

    /**
     * How many resolutions were answered from the cache.
     *
     * @return the count since the rule set was prepared (a diagnostic)
     */
    public long cacheHits() {
        return compiled.cacheHits();
    }
}
