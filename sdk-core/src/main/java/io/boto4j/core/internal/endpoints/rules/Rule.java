package io.boto4j.core.internal.endpoints.rules;

import io.boto4j.core.endpoints.Endpoint;
import io.boto4j.core.EndpointResolutionException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A compiled rule: endpoint, error or tree. */
sealed interface Rule permits Rule.EndpointRule, Rule.ErrorRule, Rule.TreeRule {

    /**
     * The endpoint when this rule applies, null when its conditions do not hold (or, for a
     * tree, when none of its rules applies); throws when an error rule applies.
     */
    Endpoint evaluate(Object[] scope);

    /** Gives an endpoint built from its URL, headers and properties. */
    record EndpointRule(Condition[] conditions, Expr url, String[] headerNames, Expr[][] headerValues,
                        Expr properties) implements Rule {
        @Override
        @SuppressWarnings("unchecked")
        public Endpoint evaluate(Object[] scope) {
            if (!Condition.all(conditions, scope)) {
                return null;
            }
            Object urlValue = url.eval(scope);
            if (!(urlValue instanceof String text)) {
                throw Values.typeError("endpoint url", "expected a string", urlValue);
            }
            Map<String, List<String>> headers = Map.of();
            if (headerNames.length > 0) {
                headers = new LinkedHashMap<>();
                for (int i = 0; i < headerNames.length; i++) {
                    List<String> values = new ArrayList<>(headerValues[i].length);
                    for (Expr e : headerValues[i]) {
                        values.add(Values.string("endpoint header " + headerNames[i], e.eval(scope)));
                    }
                    headers.put(headerNames[i], values);
                }
            }
            Map<String, Object> props = (Map<String, Object>) properties.eval(scope);
            return new Endpoint(toUri(text), headers, props);
        }

        private static URI toUri(String text) {
            try {
                return new URI(text);
            } catch (URISyntaxException e) {
                throw new EndpointResolutionException("The resolved endpoint is not a valid URI: " + text, e);
            }
        }
    }

    /** Fails resolution with the rule set's message. */
    record ErrorRule(Condition[] conditions, Expr message) implements Rule {
        @Override
        public Endpoint evaluate(Object[] scope) {
            if (!Condition.all(conditions, scope)) {
                return null;
            }
            throw new EndpointResolutionException(String.valueOf(message.eval(scope)));
        }
    }

    /** Groups rules under shared conditions; the first of its rules that applies wins. */
    record TreeRule(Condition[] conditions, Rule[] rules) implements Rule {
        @Override
        public Endpoint evaluate(Object[] scope) {
            if (!Condition.all(conditions, scope)) {
                return null;
            }
            return firstMatch(rules, scope);
        }

        static Endpoint firstMatch(Rule[] rules, Object[] scope) {
            for (Rule rule : rules) {
                Endpoint endpoint = rule.evaluate(scope);
                if (endpoint != null) {
                    return endpoint;
                }
            }
            return null;
        }
    }
}
