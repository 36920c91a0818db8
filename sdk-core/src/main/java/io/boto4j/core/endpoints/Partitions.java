package io.boto4j.core.endpoints;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The partitions of {@code partitions.json}, and the {@code aws.partition} lookup: a region
 * listed explicitly by a partition belongs to it; otherwise the first partition whose
 * {@code regionRegex} matches; otherwise the {@code aws} partition (so that new regions work
 * before the data knows them). Immutable and thread-safe.
 */
public final class Partitions {
    private static final String DEFAULT_PARTITION = "aws";
    /** Bounds the memo of looked-up regions, so arbitrary caller input cannot grow it. */
    private static final int MAX_MEMO = 256;

    private final List<Partition> partitions;
    private final Map<String, Partition> byExplicitRegion;
    /** Region-specific output overrides (any field of a region entry besides its description). */
    private final Map<String, Map<String, Object>> regionOutputs;
    private final Partition fallback;
    private final Map<String, Map<String, Object>> memo = new ConcurrentHashMap<>();

    private Partitions(List<Partition> partitions, Map<String, Map<String, Object>> regionOutputs) {
        if (partitions.isEmpty()) {
            throw new IllegalArgumentException("partitions.json lists no partitions");
        }
        this.partitions = List.copyOf(partitions);
        Map<String, Partition> explicit = new HashMap<>();
        for (Partition p : partitions) {
            for (String region : p.regions()) {
                explicit.putIfAbsent(region, p);
            }
        }
        this.byExplicitRegion = Map.copyOf(explicit);
        this.regionOutputs = Map.copyOf(regionOutputs);
        this.fallback = partitions.stream().filter(p -> p.id().equals(DEFAULT_PARTITION))
                .findFirst().orElse(partitions.get(0));
    }

    /**
     * Parses the content of {@code partitions.json}.
     *
     * @param root the parsed document
     * @return the partitions, ready for lookups; thread-safe
     * @throws IllegalArgumentException when the document has no {@code partitions} array or it is empty
     */
    public static Partitions parse(JsonNode root) {
        JsonNode list = root.path("partitions");
        if (!list.isArray()) {
            throw new IllegalArgumentException("partitions.json: 'partitions' must be an array");
        }
        List<Partition> result = new ArrayList<>();
        Map<String, Map<String, Object>> regionOutputs = new HashMap<>();
        for (JsonNode node : list) {
            String id = node.path("id").asText();
            Map<String, Object> outputs = new LinkedHashMap<>();
            node.path("outputs").properties().forEach(e -> outputs.put(e.getKey(), scalar(e.getValue())));
            // The partition's id is its name, whatever the outputs say.
            outputs.put("name", id);
            Map<String, Object> frozen = Collections.unmodifiableMap(outputs);
            LinkedHashSet<String> regions = new LinkedHashSet<>();
            for (Map.Entry<String, JsonNode> region : node.path("regions").properties()) {
                regions.add(region.getKey());
                Map<String, Object> overrides = new LinkedHashMap<>(frozen);
                boolean overridden = false;
                for (Map.Entry<String, JsonNode> field : region.getValue().properties()) {
                    if (!field.getKey().equals("description")) {
                        overrides.put(field.getKey(), scalar(field.getValue()));
                        overridden = true;
                    }
                }
                if (overridden) {
                    regionOutputs.put(region.getKey(), Collections.unmodifiableMap(overrides));
                }
            }
            result.add(new Partition(id, Pattern.compile(node.path("regionRegex").asText()),
                    Collections.unmodifiableSet(regions), frozen));
        }
        return new Partitions(result, regionOutputs);
    }

    /**
     * The partitions in file order.
     *
     * @return an immutable list, never empty
     */
    public List<Partition> partitions() {
        return partitions;
    }

    /**
     * The partition a region belongs to (the default {@code aws} partition when none matches).
     *
     * @param region a region name; null gives the default partition
     * @return the partition listing the region, else the first whose pattern matches, else {@code aws}
     */
    public Partition partitionFor(String region) {
        if (region == null) {
            return fallback;
        }
        Partition explicit = byExplicitRegion.get(region);
        if (explicit != null) {
            return explicit;
        }
        for (Partition p : partitions) {
            if (p.matchesRegion(region)) {
                return p;
            }
        }
        return fallback;
    }

    /**
     * What {@code aws.partition(region)} returns: the partition outputs, with any region overrides.
     *
     * @param region a region name; null gives the default partition's outputs
     * @return a read-only map: {@code name}, {@code dnsSuffix}, {@code supportsFIPS}...
     */
    public Map<String, Object> outputsFor(String region) {
        if (region == null) {
            return fallback.outputs();
        }
        Map<String, Object> cached = memo.get(region);
        if (cached != null) {
            return cached;
        }
        Map<String, Object> outputs = regionOutputs.getOrDefault(region, partitionFor(region).outputs());
        if (memo.size() < MAX_MEMO) {
            memo.put(region, outputs);
        }
        return outputs;
    }

    private static Object scalar(JsonNode v) {
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isIntegralNumber()) {
            return v.intValue();
        }
        return v.asText();
    }
}
