package io.boto4j.core.paginate;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.jmespath.Expression;
import io.boto4j.core.jmespath.JmesPath;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One operation's entry of a {@code paginators-1.json}. Input tokens and the limit key are
 * input member names; output tokens, {@code more_results}, result keys and non-aggregate keys
 * are JMESPath expressions over the output (e.g. {@code NextMarker || Contents[-1].Key}).
 * Result keys and non-aggregate keys must be dotted paths for truncation and aggregation,
 * as in botocore.
 */
public record PaginatorDefinition(List<String> inputTokens, List<Expression> outputTokens, String limitKey,
        Expression moreResults, List<Expression> resultKeys, List<Expression> nonAggregateKeys) {

    public PaginatorDefinition {
        inputTokens = List.copyOf(inputTokens);
        outputTokens = List.copyOf(outputTokens);
        resultKeys = List.copyOf(resultKeys);
        nonAggregateKeys = List.copyOf(nonAggregateKeys);
        if (inputTokens.isEmpty() || inputTokens.size() != outputTokens.size()) {
            throw new IllegalArgumentException("a paginator needs as many output tokens as input tokens, got "
                    + inputTokens + " and " + outputTokens);
        }
    }

    /** Parses one entry, e.g. the value of {@code pagination.ListObjects}. */
    public static PaginatorDefinition fromJson(JsonNode entry) {
        JsonNode more = entry.get("more_results");
        JsonNode limit = entry.get("limit_key");
        return new PaginatorDefinition(
                oneOrMany(entry.get("input_token"), JsonNode::asText),
                oneOrMany(entry.get("output_token"), n -> JmesPath.compile(n.asText())),
                limit == null || limit.isNull() ? null : limit.asText(),
                more == null || more.isNull() ? null : JmesPath.compile(more.asText()),
                oneOrMany(entry.get("result_key"), n -> JmesPath.compile(n.asText())),
                oneOrMany(entry.get("non_aggregate_keys"), n -> JmesPath.compile(n.asText())));
    }

    private static <T> List<T> oneOrMany(JsonNode node, Function<JsonNode, T> convert) {
        List<T> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> out.add(convert.apply(n)));
        } else {
            out.add(convert.apply(node));
        }
        return out;
    }
}
