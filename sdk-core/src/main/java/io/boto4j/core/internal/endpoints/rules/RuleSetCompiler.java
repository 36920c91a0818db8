package io.boto4j.core.internal.endpoints.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.endpoints.EndpointParameter;
import io.boto4j.core.endpoints.ParameterType;
import io.boto4j.core.endpoints.Partitions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the JSON of {@code endpoint-rule-set-1.json} into a {@link CompiledRuleSet}.
 * Everything that can be checked without parameter values is checked here (function names and
 * arities, references, assignments, template syntax, getAttr paths), so that a malformed rule
 * set fails when it is loaded rather than on some request.
 */
public final class RuleSetCompiler {
    private final FunctionBinder functions;

    private RuleSetCompiler(Partitions partitions) {
        this.functions = new FunctionBinder(partitions);
    }

    /** Compiles a rule set; throws {@link IllegalArgumentException} saying what is wrong. */
    public static CompiledRuleSet compile(JsonNode ruleSet, Partitions partitions) {
        return new RuleSetCompiler(partitions).compile(ruleSet);
    }

    private CompiledRuleSet compile(JsonNode ruleSet) {
        LexicalScope.Size size = new LexicalScope.Size();
        LexicalScope root = LexicalScope.root(size);
        List<EndpointParameter> parameters = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : ruleSet.path("parameters").properties()) {
            EndpointParameter p = parameter(e.getKey(), e.getValue());
            parameters.add(p);
            root.define(p.name());
        }
        JsonNode rules = ruleSet.path("rules");
        if (!rules.isArray()) {
            throw new IllegalArgumentException("Endpoint rule set has no 'rules' array");
        }
        Rule[] compiled = compileRules(rules, root);
        // Parameters take the first slots; those no rule reads (S3's Key, Prefix, CopySource)
        // cannot change the outcome and stay out of the resolution cache's key.
        boolean[] read = new boolean[parameters.size()];
        for (int i = 0; i < read.length; i++) {
            read[i] = size.read.get(i);
        }
        return new CompiledRuleSet(parameters, read, compiled, size.slots);
    }

    private static EndpointParameter parameter(String name, JsonNode spec) {
        ParameterType type = ParameterType.fromRuleSet(spec.path("type").asText());
        Object defaultValue = spec.has("default") ? literal(spec.get("default")) : null;
        if (defaultValue != null && !type.accepts(defaultValue)) {
            throw new IllegalArgumentException("Parameter " + name + ": default does not match type " + type);
        }
        String builtIn = spec.hasNonNull("builtIn") ? spec.get("builtIn").asText() : null;
        return new EndpointParameter(name, type, spec.path("required").asBoolean(false), defaultValue, builtIn);
    }

    private static Object literal(JsonNode n) {
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isArray()) {
            List<Object> list = new ArrayList<>();
            n.forEach(e -> list.add(literal(e)));
            return List.copyOf(list);
        }
        if (n.isNull()) {
            return null;
        }
        return n.asText();
    }

    private Rule[] compileRules(JsonNode rules, LexicalScope scope) {
        Rule[] compiled = new Rule[rules.size()];
        for (int i = 0; i < compiled.length; i++) {
            compiled[i] = compileRule(rules.get(i), scope);
        }
        return compiled;
    }

    private Rule compileRule(JsonNode rule, LexicalScope parent) {
        LexicalScope scope = parent.child();
        Condition[] conditions = new Condition[rule.path("conditions").size()];
        for (int i = 0; i < conditions.length; i++) {
            conditions[i] = condition(rule.path("conditions").get(i), scope);
        }
        String type = rule.path("type").asText();
        return switch (type) {
            case "endpoint" -> endpointRule(conditions, rule.path("endpoint"), scope);
            case "error" -> new Rule.ErrorRule(conditions, expression(rule.path("error"), scope));
            case "tree" -> new Rule.TreeRule(conditions, compileRules(rule.path("rules"), scope));
            default -> throw new IllegalArgumentException("Unknown rule type: " + type
                    + ". A rule must be of type tree, endpoint or error.");
        };
    }

    private Condition condition(JsonNode node, LexicalScope scope) {
        if (!node.has("fn")) {
            throw new IllegalArgumentException("A condition must be a function call: " + node);
        }
        // Arguments are compiled before the assignment is declared: a condition cannot see
        // its own result.
        Expr fn = call(node, scope);
        int slot = node.hasNonNull("assign") ? scope.define(node.get("assign").asText()) : Condition.NO_ASSIGN;
        return new Condition(fn, slot);
    }

    private Rule endpointRule(Condition[] conditions, JsonNode endpoint, LexicalScope scope) {
        Expr url = expression(endpoint.path("url"), scope);
        JsonNode headers = endpoint.path("headers");
        String[] names = new String[headers.size()];
        Expr[][] values = new Expr[headers.size()][];
        int i = 0;
        for (Map.Entry<String, JsonNode> h : headers.properties()) {
            names[i] = h.getKey();
            values[i] = new Expr[h.getValue().size()];
            for (int j = 0; j < values[i].length; j++) {
                values[i][j] = expression(h.getValue().get(j), scope);
            }
            i++;
        }
        JsonNode properties = endpoint.path("properties");
        Expr props = properties.isObject() ? property(properties, scope) : new Exprs.Constant(Map.of());
        return new Rule.EndpointRule(conditions, url, names, values, props);
    }

    /** An argument, URL, header value or error message: literal/template, ref or function. */
    private Expr expression(JsonNode n, LexicalScope scope) {
        if (n.isTextual()) {
            return Template.compile(n.textValue(), scope::slotOf);
        }
        if (n.isBoolean()) {
            return new Exprs.Constant(n.booleanValue());
        }
        if (n.isIntegralNumber()) {
            return new Exprs.Constant(n.intValue());
        }
        if (n.isArray()) {
            Expr[] elements = new Expr[n.size()];
            for (int i = 0; i < elements.length; i++) {
                elements[i] = expression(n.get(i), scope);
            }
            return new Exprs.ListLiteral(elements);
        }
        if (n.isObject() && n.has("fn")) {
            return call(n, scope);
        }
        if (n.isObject() && n.has("ref")) {
            String name = n.get("ref").asText();
            return new Exprs.Ref(name, scope.slotOf(name));
        }
        throw new IllegalArgumentException("Not an expression: " + n);
    }

    private Expr call(JsonNode node, LexicalScope scope) {
        List<Expr> args = new ArrayList<>();
        for (JsonNode arg : node.path("argv")) {
            args.add(expression(arg, scope));
        }
        return functions.bind(node.get("fn").asText(), args);
    }

    /**
     * An endpoint property: maps and lists are literal structures whose strings are templates
     * (as in botocore, objects here are data, not function calls).
     */
    private Expr property(JsonNode n, LexicalScope scope) {
        if (n.isObject()) {
            String[] keys = new String[n.size()];
            Expr[] values = new Expr[n.size()];
            int i = 0;
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                keys[i] = e.getKey();
                values[i] = property(e.getValue(), scope);
                i++;
            }
            return new Exprs.MapLiteral(keys, values);
        }
        if (n.isArray()) {
            Expr[] elements = new Expr[n.size()];
            for (int i = 0; i < elements.length; i++) {
                elements[i] = property(n.get(i), scope);
            }
            return new Exprs.ListLiteral(elements);
        }
        if (n.isTextual()) {
            return Template.compile(n.textValue(), scope::slotOf);
        }
        if (n.isBoolean()) {
            return new Exprs.Constant(n.booleanValue());
        }
        if (n.isIntegralNumber()) {
            return new Exprs.Constant(n.intValue());
        }
        if (n.isNumber()) {
            return new Exprs.Constant(n.doubleValue());
        }
        if (n.isNull()) {
            return new Exprs.Constant(null);
        }
        throw new IllegalArgumentException("Unsupported endpoint property value: " + n);
    }
}
