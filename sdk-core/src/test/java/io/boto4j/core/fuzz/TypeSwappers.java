package io.boto4j.core.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/** The "wrong type" mutation, per format: a value replaced by one of another type. */
public final class TypeSwappers {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper CBOR = new ObjectMapper(new CBORFactory());
    private static final String[] TEXTS = {"", " ", "abc", "1e999999999", "-1e-999999999", "9".repeat(1001), "NaN",
            "-Infinity", "true", "2019-13-45T25:61:61Z", "Mon, 99 Foo 2019 99:99:99 GMT", "!!!", "\u0000", "\ud800",
            "<x>y</x>", "&lt;", "x".repeat(10_000), "-", "+", ".", "1.5", "-0", "9223372036854775808"};

    private TypeSwappers() {
    }

    public static Mutator.TypeSwapper json() {
        return (body, random) -> swapInTree(JSON, body, random);
    }

    public static Mutator.TypeSwapper cbor() {
        return (body, random) -> swapInTree(CBOR, body, random);
    }

    /** XML: the text of one element becomes hostile text or a child element. */
    public static Mutator.TypeSwapper xml() {
        return (body, random) -> {
            String text = new String(body, StandardCharsets.UTF_8);
            List<int[]> regions = new ArrayList<>();
            for (int close = text.indexOf('>'); close >= 0; close = text.indexOf('>', close + 1)) {
                int open = text.indexOf('<', close);
                if (open > close) {
                    regions.add(new int[] {close + 1, open});
                }
            }
            if (regions.isEmpty()) {
                return body;
            }
            int[] r = regions.get(random.nextInt(regions.size()));
            String replacement = random.nextInt(4) == 0 ? "<Member><Member>x</Member></Member>"
                    : escape(TEXTS[random.nextInt(TEXTS.length)]);
            return (text.substring(0, r[0]) + replacement + text.substring(r[1])).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\u0000", "&#0;");
    }

    private static byte[] swapInTree(ObjectMapper mapper, byte[] body, SplittableRandom random) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (IOException | RuntimeException notParseable) {
            return body; // an earlier mutation broke it: nothing to swap in
        }
        if (root == null || !root.isContainerNode()) {
            return body;
        }
        List<Consumer<JsonNode>> slots = new ArrayList<>();
        collect(root, slots);
        if (slots.isEmpty()) {
            return body;
        }
        slots.get(random.nextInt(slots.size())).accept(randomNode(random));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            mapper.writeValue(out, root);
        } catch (IOException e) {
            return body;
        }
        return out.toByteArray();
    }

    /** Every place a value sits, as a setter that replaces it. */
    private static void collect(JsonNode node, List<Consumer<JsonNode>> slots) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> it = object.fields();
            List<String> names = new ArrayList<>();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                names.add(e.getKey());
                collect(e.getValue(), slots);
            }
            for (String name : names) {
                slots.add(v -> object.set(name, v));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                collect(array.get(i), slots);
                slots.add(v -> array.set(index, v));
            }
        }
    }

    private static JsonNode randomNode(SplittableRandom random) {
        return switch (random.nextInt(11)) {
            case 0 -> NODES.textNode(TEXTS[random.nextInt(TEXTS.length)]);
            case 1 -> NODES.numberNode(new BigDecimal("1e" + (random.nextBoolean() ? "" : "-") + "999999999"));
            case 2 -> NODES.numberNode(new BigInteger("9".repeat(200)));
            case 3 -> NODES.numberNode(random.nextDouble() * 1e300);
            case 4 -> NODES.numberNode(-1);
            case 5 -> NODES.booleanNode(random.nextBoolean());
            case 6 -> NODES.nullNode();
            case 7 -> NODES.arrayNode().add(NODES.textNode("x")).add(NODES.numberNode(1));
            case 8 -> NODES.objectNode().put("x", "y");
            case 9 -> NODES.binaryNode(new byte[] {1, 2, 3});
            default -> NODES.numberNode(Double.NaN);
        };
    }
}
