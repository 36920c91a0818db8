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
 *
 * @param inputTokens      the input members that carry the tokens, e.g. {@code Marker}; at least one
 * @param outputTokens     where each input token's next value is in the output, one per input token
 * @param limitKey         the input member that sets the page size, or null when there is none
 * @param moreResults      whether more pages follow ({@code more_results}), or null to go by the tokens
 * @param resultKeys       the paged results, the first being the primary one MaxItems counts; may be empty
 * @param nonAggregateKeys output parts taken from the first page only; may be empty
 */
public record PaginatorDefinition(List<String> inputTokens, List<Expression> outputTokens, String limitKey,
        Expression moreResults, List<Expression> resultKeys, List<Expression> nonAggregateKeys) {

    /**
     * Copies the lists (immutable) and checks that the tokens pair up.
     *
     * @param inputTokens      the input members that carry the tokens
     * @param outputTokens     the output expressions of the tokens, one per input token
     * @param limitKey         the page size's input member, or null
     * @param moreResults      the {@code more_results} expression, or null
     * @param resultKeys       the paged results
     * @param nonAggregateKeys output parts taken from the first page only
     * @throws IllegalArgumentException when there is no input token or the counts differ
     * @throws NullPointerException when a list is null
     */
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

    /**
     * Parses one entry, e.g. the value of {@code pagination.ListObjects}.
     *
     * @param entry the entry's JSON object
     * @return the definition
     * @throws IllegalArgumentException when the tokens do not pair up
     * @throws io.boto4j.core.JmesPathException when an expression is invalid
     */
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
