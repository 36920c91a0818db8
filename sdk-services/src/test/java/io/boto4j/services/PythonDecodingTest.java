package io.boto4j.services;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.services.internal.PythonDecoding;
import io.boto4j.testsupport.Botocore;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Python decoders botocore's handlers run (base64, URL unquoting, JSON, UTF-8 with
 * replacement), compared with Python's own on thousands of generated inputs biased towards the
 * edges: padding, characters outside the alphabet, broken escapes and byte sequences.
 */
class PythonDecodingTest {
    private static final int CASES = 2000;

    @Test
    void base64IsDecodedAndRefusedWherePythonDecodesAndRefusesIt() {
        List<String> values = strings(new Random(1), "ABCab01+/==  \n-_*é\u0100", 12);
        values.addAll(List.of("", "=", "YQ", "YQ=", "YQ==", "YQ===", "Y", "YWJj", "YW=Jj", "=YQ==", "Y Q = =", "YQ==YQ=="));
        List<JsonNode> python = python("b64decode", values);
        for (int i = 0; i < values.size(); i++) {
            Optional<String> expected = python.get(i).has("value") ? Optional.of(python.get(i).get("value").asText())
                    : Optional.empty();
            assertEquals(expected, PythonDecoding.b64decode(values.get(i)).map(Base64.getEncoder()::encodeToString),
                    "b64decode(" + values.get(i) + ")");
        }
    }

    @Test
    void unquoteDecodesEscapesAsPythonDoes() {
        List<String> values = strings(new Random(2), "%%%0aAfFgz+ é€\uD83D\uDE00", 10);
        values.addAll(List.of("%", "%4", "%41", "%C3%A9", "%C3", "%C3%", "%E2%82%AC%E2%82", "a+b", "%zz%41", "%ED%A0%80"));
        List<JsonNode> python = python("unquote", values);
        for (int i = 0; i < values.size(); i++) {
            assertEquals(python.get(i).get("value").asText(), PythonDecoding.unquote(values.get(i)),
                    "unquote(" + values.get(i) + ")");
        }
    }

    @Test
    void bytesThatAreNotUtf8BecomeTheReplacementCharactersPythonGives() {
        int[] interesting = {0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xc3, 0xdf, 0xe0, 0xe1, 0xed, 0xef,
            0xf0, 0xf4, 0xf5, 0xf8, 0xff, 0xa0, 0x9f, 0x90, 0x8f};
        Random random = new Random(3);
        List<byte[]> values = new ArrayList<>();
        for (int n = 0; n < CASES; n++) {
            byte[] b = new byte[random.nextInt(9)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) interesting[random.nextInt(interesting.length)];
            }
            values.add(b);
        }
        List<JsonNode> python = python("utf8_replace", values.stream().map(Base64.getEncoder()::encodeToString).toList());
        for (int i = 0; i < values.size(); i++) {
            assertEquals(python.get(i).get("value").asText(), PythonDecoding.utf8(values.get(i)),
                    "decode of " + java.util.HexFormat.of().formatHex(values.get(i)));
        }
    }

    @Test
    void jsonIsDecodedAndRefusedWherePythonDecodesAndRefusesIt() {
        Object notJson = new Object();
        List<String> values = List.of("{}", "[]", "{\"b\": 1, \"a\": [1.0, -0, 1e2, 12345678901234567890, true, null]}",
                " \t\n{\"a\": \"\\u00e9\\ud83d\\ude00\"} \n", "{\"a\": 1, \"a\": 2}", "\"text\"", "null", "NaN", "-Infinity",
                "1e400", "", "  ", "{\"a\": 1} x", "{'a': 1}", "[1,]", "01", "+1", ".5", "tru", "\"\\x41\"", "{\"a\":\"\t\"}",
                "\uFEFF{}", "[1, 2", "1.5E-3", "\"\\/\"");
        List<JsonNode> python = python("json_loads", values);
        for (int i = 0; i < values.size(); i++) {
            Object decoded = PythonDecoding.jsonLoads(values.get(i), notJson);
            JsonNode expected = python.get(i);
            if (expected.has("error")) {
                assertEquals(notJson, decoded, "json.loads(" + values.get(i) + ") raises " + expected.get("error"));
            } else {
                assertEquals(Wire.normalized(expected.get("value")), Wire.normalized(Wire.toJson(decoded)),
                        "json.loads(" + values.get(i) + ")");
            }
        }
    }

    private static List<JsonNode> python(String function, List<String> values) {
        List<JsonNode> results = new ArrayList<>();
        Botocore.answer("botocore_services.py", Map.of("kind", "python", "function", function, "values", values)).get("results").forEach(results::add);
        return results;
    }

    /** Strings of up to {@code maxLength} characters drawn from {@code alphabet} (pairs of surrogates kept together). */
    private static List<String> strings(Random random, String alphabet, int maxLength) {
        List<String> pieces = new ArrayList<>();
        alphabet.codePoints().forEach(cp -> pieces.add(Character.toString(cp)));
        List<String> values = new ArrayList<>();
        for (int n = 0; n < CASES; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(maxLength + 1);
            for (int i = 0; i < length; i++) {
                s.append(pieces.get(random.nextInt(pieces.size())));
            }
            values.add(s.toString());
        }
        return values;
    }
}
