package io.boto4j.core.internal.endpoints.functions;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code aws.parseArn}. */
public final class ArnParser {
    private ArnParser() {
    }

    /**
     * Splits {@code arn:partition:service:region:accountId:resource} into a map with those keys,
     * where {@code resourceId} is the resource split on both ':' and '/' (so
     * {@code accesspoint/name} and {@code accesspoint:name} both give
     * {@code ["accesspoint", "name"]}). Null when the value is not an ARN or when partition,
     * service or resource is empty; region and account may be empty.
     */
    public static Map<String, Object> parseArn(String value) {
        if (value == null || !value.startsWith("arn:")) {
            return null;
        }
        String[] parts = value.split(":", 6);
        if (parts.length < 6 || parts[1].isEmpty() || parts[2].isEmpty() || parts[5].isEmpty()) {
            return null;
        }
        List<String> resourceId = Arrays.asList(parts[5].split("[:/]", -1));
        Map<String, Object> arn = new LinkedHashMap<>();
        arn.put("partition", parts[1]);
        arn.put("service", parts[2]);
        arn.put("region", parts[3]);
        arn.put("accountId", parts[4]);
        arn.put("resourceId", Collections.unmodifiableList(resourceId));
        return Collections.unmodifiableMap(arn);
    }
}
