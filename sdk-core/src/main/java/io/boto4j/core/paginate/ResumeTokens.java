package io.boto4j.core.paginate;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.internal.json.PythonJson;
import io.boto4j.core.protocol.support.BoundedJackson;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * botocore's resume tokens: base64 of the JSON of the next input tokens (plus
 * {@code boto_truncate_amount} after a mid-page truncation). Binary token values are base64
 * strings listed by path under {@code boto_encoded_keys}.
 */
final class ResumeTokens {
    static final String TRUNCATE_AMOUNT = "boto_truncate_amount";
    private static final String ENCODED_KEYS = "boto_encoded_keys";
    // A starting token may come from anywhere a caller got it: read it within the response limits.
    private static final ObjectMapper JSON = BoundedJackson.jsonMapper().build();

    private ResumeTokens() {
    }

    /** A decoded starting token: the input token values and how many items of the first page to skip. */
    record Decoded(Map<String, Object> tokens, int skip) {
    }

    static String encode(Map<String, Object> token) {
        List<List<Object>> binaryPaths = new ArrayList<>();
        Object encoded = encodeBytes(token, new ArrayList<>(), binaryPaths);
        @SuppressWarnings("unchecked")
        Map<String, Object> out = (Map<String, Object>) encoded;
        if (!binaryPaths.isEmpty()) {
            out.put(ENCODED_KEYS, binaryPaths);
        }
        return Base64.getEncoder().encodeToString(PythonJson.dumps(out).getBytes(StandardCharsets.UTF_8));
    }

    private static Object encodeBytes(Object value, List<Object> path, List<List<Object>> binaryPaths) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                path.add(String.valueOf(e.getKey()));
                out.put(String.valueOf(e.getKey()), encodeBytes(e.getValue(), path, binaryPaths));
                path.remove(path.size() - 1);
            }
            return out;
        } else if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                path.add(i);
                out.add(encodeBytes(list.get(i), path, binaryPaths));
                path.remove(path.size() - 1);
            }
            return out;
        } else if (value instanceof byte[] bytes) {
            binaryPaths.add(List.copyOf(path));
            return Base64.getEncoder().encodeToString(bytes);
        }
        return value;
    }

    /**
     * Decodes a starting token. What is not a token of ours is taken as botocore does: the old
     * {@code token___token___index} form, or else the service's own token for the first input.
     */
    static Decoded decode(String startingToken, List<String> inputTokens) {
        Map<String, Object> token = tryDecode(startingToken);
        if (token == null) {
            return decodeDeprecated(startingToken, inputTokens);
        }
        int skip = 0;
        if (token.containsKey(TRUNCATE_AMOUNT)) {
            Object amount = token.remove(TRUNCATE_AMOUNT);
            skip = amount instanceof Number n ? n.intValue() : 0;
        }
        return new Decoded(token, skip);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> tryDecode(String startingToken) {
        Object parsed;
        try {
            byte[] raw = Base64.getMimeDecoder().decode(startingToken);
            String json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw)).toString();
            parsed = JSON.readValue(json, Object.class);
        } catch (IllegalArgumentException | java.io.IOException notOurs) {
            return null;
        }
        if (!(parsed instanceof Map)) {
            return null;
        }
        Map<String, Object> token = new LinkedHashMap<>((Map<String, Object>) parsed);
        Object binaryPaths = token.remove(ENCODED_KEYS);
        if (binaryPaths instanceof List<?> paths) {
            for (Object p : paths) {
                decodeBinaryAt(token, (List<?>) p);
            }
        }
        return token;
    }

    @SuppressWarnings("unchecked")
    private static void decodeBinaryAt(Object root, List<?> path) {
        Object container = root;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            container = container instanceof Map<?, ?> m ? m.get(step) : ((List<?>) container).get(((Number) step).intValue());
        }
        Object last = path.get(path.size() - 1);
        if (container instanceof Map<?, ?> m) {
            ((Map<Object, Object>) m).put(last, Base64.getDecoder().decode((String) m.get(last)));
        } else {
            List<Object> list = (List<Object>) container;
            int index = ((Number) last).intValue();
            list.set(index, Base64.getDecoder().decode((String) list.get(index)));
        }
    }

    private static Decoded decodeDeprecated(String startingToken, List<String> inputTokens) {
        List<String> parts = new ArrayList<>(List.of(startingToken.split(Pattern.quote("___"), -1)));
        int skip = 0;
        if (parts.size() == inputTokens.size() + 1) {
            try {
                skip = Integer.parseInt(parts.get(parts.size() - 1).strip());
                parts.remove(parts.size() - 1);
            } catch (NumberFormatException notAnIndex) {
                parts = new ArrayList<>(List.of(startingToken));
            }
        }
        if (parts.size() > inputTokens.size()) {
            throw new PaginationException("Bad starting token: " + startingToken);
        }
        Map<String, Object> token = new LinkedHashMap<>();
        for (int i = 0; i < inputTokens.size(); i++) {
            String part = i < parts.size() ? parts.get(i) : null;
            token.put(inputTokens.get(i), "None".equals(part) ? null : part);
        }
        return new Decoded(token, skip);
    }
}
