package io.boto4j.core.endpoints;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The signing region botocore takes from its legacy endpoint data ({@code endpoints.json}) before
 * the endpoint rules run: for a service that is not regionalized (Health, IAM, Route 53, ...),
 * the credential scope of its partition endpoint ({@code aws-global}: us-east-1), unless the
 * region has an endpoint of its own. The rules' {@code authSchemes} still override it, and a custom
 * endpoint URL turns it off (botocore's {@code ClientEndpointBridge._pick_region_values}).
 */
public final class LegacySigningRegion {
    private LegacySigningRegion() {
    }

    /**
     * The signing region for {@code region}, or empty to sign for the region itself.
     *
     * @param endpoints      the parsed {@code endpoints.json}
     * @param endpointPrefix the service's key in it (the model's {@code endpointPrefix})
     * @param region         the client's region, e.g. {@code eu-west-1}
     * @return the credential scope's region, or empty (also when any argument is null or the
     *         region is in no partition)
     */
    public static Optional<String> of(JsonNode endpoints, String endpointPrefix, String region) {
        if (endpoints == null || endpointPrefix == null || region == null) {
            return Optional.empty();
        }
        for (JsonNode partition : endpoints.path("partitions")) {
            if (!partition.path("regions").has(region) && !matches(partition, region)) {
                continue;
            }
            JsonNode service = partition.path("services").path(endpointPrefix);
            if (service.isMissingNode()) {
                return Optional.empty();
            }
            JsonNode endpoint = service.path("endpoints").path(region);
            if (endpoint.isMissingNode() && !service.path("isRegionalized").asBoolean(true)
                    && service.has("partitionEndpoint")) {
                endpoint = service.path("endpoints").path(service.path("partitionEndpoint").asText());
            }
            String scoped = endpoint.path("credentialScope").path("region").asText(null);
            if (scoped == null) {
                scoped = service.path("defaults").path("credentialScope").path("region").asText(null);
            }
            return Optional.ofNullable(scoped);
        }
        return Optional.empty();
    }

    private static boolean matches(JsonNode partition, String region) {
        String regex = partition.path("regionRegex").asText(null);
        return regex != null && Pattern.compile(regex).matcher(region).matches();
    }
}
