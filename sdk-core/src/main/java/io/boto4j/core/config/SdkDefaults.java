package io.boto4j.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * botocore's {@code sdk-default-configuration.json}: base values plus per-mode modifiers
 * ({@code override}, {@code multiply}, {@code add}). The {@code legacy} mode applies none of
 * them; {@code auto} is resolved by the caller ({@link ConfigResolver}) to a concrete mode.
 */
public final class SdkDefaults {
    /** The {@code legacy} mode, botocore's default: no defaults applied. */
    public static final String LEGACY = "legacy";
    /** The {@code auto} mode, which {@link ConfigResolver} turns into {@code in-region}, {@code cross-region} or {@code standard}. */
    public static final String AUTO = "auto";

    private final JsonNode document;

    private SdkDefaults(JsonNode document) {
        this.document = document;
    }

    /** {@return defaults without a document: every mode behaves like {@code legacy}} */
    public static SdkDefaults none() {
        return new SdkDefaults(null);
    }

    /**
     * Defaults read from botocore's {@code sdk-default-configuration.json}, already parsed.
     *
     * @param document the parsed document (its top-level object, with {@code base} and {@code modes}),
     *                 or null for {@link #none()}'s behaviour
     * @return the defaults; they hold the document as given, so it must not change afterwards
     */
    public static SdkDefaults of(JsonNode document) {
        return new SdkDefaults(document);
    }

    /**
     * From the document already parsed into plain maps and lists.
     *
     * @param document the document's top-level object ({@code base}, {@code modes}, ...)
     * @return the defaults
     */
    public static SdkDefaults of(Map<String, ?> document) {
        return new SdkDefaults(new ObjectMapper().valueToTree(document));
    }

    /** {@return the modes the document defines, plus {@code auto} and {@code legacy}; a new mutable list} */
    public List<String> modeNames() {
        List<String> names = new ArrayList<>();
        if (document != null) {
            document.path("modes").fieldNames().forEachRemaining(names::add);
        }
        names.add(AUTO);
        names.add(LEGACY);
        return names;
    }

    /**
     * The values for a concrete mode (not {@code auto}) as strings keyed by the document's
     * names ({@code retryMode}, {@code connectTimeoutInMillis}, ...); empty for {@code legacy}.
     *
     * @param mode a mode name, e.g. {@code standard} or {@code in-region}
     * @return the values (unmodifiable); empty for {@code legacy} or without a document
     * @throws ConfigException naming the valid modes when the document does not define {@code mode}
     */
    public Map<String, String> valuesFor(String mode) {
        if (document == null || LEGACY.equals(mode)) {
            return Map.of();
        }
        JsonNode modifiers = document.path("modes").get(mode);
        if (modifiers == null) {
            throw new ConfigException("Invalid defaults mode '" + mode + "'; valid modes are " + modeNames());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> base : document.path("base").properties()) {
            values.put(base.getKey(), applyModifier(base.getValue(), modifiers.get(base.getKey())));
        }
        return Collections.unmodifiableMap(values);
    }

    private static String applyModifier(JsonNode base, JsonNode modifier) {
        if (modifier == null || !modifier.isObject()) {
            return text(base);
        }
        if (modifier.has("override")) {
            return text(modifier.get("override"));
        }
        if (modifier.has("multiply")) {
            return number(base.decimalValue().multiply(modifier.get("multiply").decimalValue()));
        }
        if (modifier.has("add")) {
            return number(base.decimalValue().add(modifier.get("add").decimalValue()));
        }
        return text(base);
    }

    private static String text(JsonNode node) {
        return node.isNumber() ? number(node.decimalValue()) : node.asText();
    }

    private static String number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.toBigInteger().toString() : stripped.toPlainString();
    }
}
