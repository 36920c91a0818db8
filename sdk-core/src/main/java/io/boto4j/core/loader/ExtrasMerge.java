package io.boto4j.core.loader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * Applies a {@code *.sdk-extras.json} file the way botocore's loader does: the extras'
 * {@code merge} object is deep-merged into the model, objects merging key by key and any
 * other value (arrays included) replacing what was there.
 */
final class ExtrasMerge {
    private ExtrasMerge() {
    }

    static void apply(ObjectNode model, JsonNode extras) {
        JsonNode merge = extras.get("merge");
        if (merge != null && merge.isObject()) {
            deepMerge(model, (ObjectNode) merge);
        }
    }

    static void deepMerge(ObjectNode base, ObjectNode extra) {
        for (Map.Entry<String, JsonNode> field : extra.properties()) {
            JsonNode existing = base.get(field.getKey());
            if (existing != null && existing.isObject() && field.getValue().isObject()) {
                deepMerge((ObjectNode) existing, (ObjectNode) field.getValue());
            } else {
                base.set(field.getKey(), field.getValue());
            }
        }
    }
}
