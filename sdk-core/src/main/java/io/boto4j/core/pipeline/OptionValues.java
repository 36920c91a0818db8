package io.boto4j.core.pipeline;

import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigResolver;
import io.boto4j.core.plugin.ClientOption;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A client's option values: each resolved on first use (code, environment, config file,
 * default) and kept, so that reading one on every call costs a map lookup.
 */
final class OptionValues {
    private final ClientConfig config;
    private final ConfigResolver settings;
    private final Map<ClientOption<?>, Optional<Object>> resolved = new ConcurrentHashMap<>();

    OptionValues(ClientConfig config, ConfigResolver settings) {
        this.config = config;
        this.settings = settings;
    }

    <T> T get(ClientOption<T> option) {
        Optional<Object> value = resolved.computeIfAbsent(option, this::resolve);
        return option.type().cast(value.orElse(null));
    }

    private Optional<Object> resolve(ClientOption<?> option) {
        Object explicit = config.option(option);
        if (explicit != null) {
            return Optional.of(explicit);
        }
        Optional<String> text = settings.lookup(option.configKeys(), option.environmentVariables());
        if (text.isPresent()) {
            return Optional.ofNullable(option.parse(text.get()));
        }
        return Optional.ofNullable(option.defaultValue());
    }
}
