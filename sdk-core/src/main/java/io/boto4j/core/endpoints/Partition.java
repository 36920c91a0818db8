package io.boto4j.core.endpoints;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One partition of {@code partitions.json}.
 *
 * @param id          the partition id ({@code aws}, {@code aws-cn}, ...)
 * @param regionRegex the pattern that region names of this partition match
 * @param regions     the regions the partition lists explicitly (including global pseudo-regions)
 * @param outputs     what {@code aws.partition} returns: {@code name}, {@code dnsSuffix},
 *                    {@code dualStackDnsSuffix}, {@code supportsFIPS},
 *                    {@code supportsDualStack}, {@code implicitGlobalRegion}; read-only
 */
public record Partition(String id, Pattern regionRegex, Set<String> regions,
                        Map<String, Object> outputs) {

    /**
     * Whether the region is listed explicitly by this partition.
     *
     * @param region a region name, e.g. {@code aws-global} or {@code us-east-1}
     * @return true when {@link #regions()} contains it
     */
    public boolean listsRegion(String region) {
        return regions.contains(region);
    }

    /**
     * Whether the region name matches this partition's pattern.
     *
     * @param region a region name, e.g. {@code us-east-1}
     * @return true when the pattern matches from the name's start (the patterns are anchored)
     */
    public boolean matchesRegion(String region) {
        return regionRegex.matcher(region).lookingAt();
    }
}
