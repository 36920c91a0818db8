package io.boto4j.core.waiter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** A service's {@code waiters-2.json} (version 2, the only version botocore supports). */
public final class WaiterModel {
    /** The {@code version} a document must declare. */
    public static final int SUPPORTED_VERSION = 2;

    private final Map<String, WaiterDefinition> byName;

    private WaiterModel(Map<String, WaiterDefinition> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    /**
     * Parses the whole document.
     *
     * @param document the parsed {@code waiters-2.json}
     * @return the model
     * @throws WaiterConfigException when the version is not 2 or an entry is invalid
     */
    public static WaiterModel fromJson(JsonNode document) {
        JsonNode version = document.get("version");
        if (version == null || !version.isInt() || version.asInt() != SUPPORTED_VERSION) {
            throw new WaiterConfigException("Unsupported waiter version, supported version must be: "
                    + SUPPORTED_VERSION + ", but version of waiter config is: " + (version == null ? "unknown" : version));
        }
        Map<String, WaiterDefinition> byName = new TreeMap<>();
        JsonNode waiters = document.path("waiters");
        waiters.fieldNames().forEachRemaining(name -> byName.put(name, WaiterDefinition.fromJson(name, waiters.get(name))));
        return new WaiterModel(byName);
    }

    /** {@return the waiter names, sorted (as botocore lists them); unmodifiable} */
    public Set<String> names() {
        return byName.keySet();
    }

    /**
     * Looks up a waiter by name, which may be missing; see {@link #definition(String)} for one that must exist.
     *
     * @param name the waiter's name, e.g. {@code TableExists} (case-sensitive)
     * @return its definition, or empty when the service has no waiter of that name
     */
    public Optional<WaiterDefinition> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * A waiter that must exist.
     *
     * @param name the waiter's name, e.g. {@code TableExists}
     * @return its definition
     * @throws IllegalArgumentException naming the waiter when there is none (botocore's ValueError)
     */
    public WaiterDefinition definition(String name) {
        WaiterDefinition d = byName.get(name);
        if (d == null) {
            throw new IllegalArgumentException("Waiter does not exist: " + name);
        }
        return d;
    }
}
