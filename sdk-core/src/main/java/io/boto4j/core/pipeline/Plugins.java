package io.boto4j.core.pipeline;

import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.ServicePlugin;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The plugins a client gets: those {@link ServiceLoader} finds (once per process: on the module
 * path every module that {@code provides ServicePlugin}, on the class path every
 * {@code META-INF/services} entry), less the excluded ones, plus those added by hand, each asked
 * whether it serves the service.
 */
final class Plugins {
    private static volatile List<ServicePlugin> discovered;

    private Plugins() {
    }

    static List<ServicePlugin> forClient(ServiceModel service, ClientConfig config) {
        List<ServicePlugin> chosen = new ArrayList<>();
        if (config.discoverPlugins()) {
            for (ServicePlugin p : discovered()) {
                if (!config.excludedPlugins().contains(p.name())) {
                    chosen.add(p);
                }
            }
        }
        chosen.addAll(config.plugins());
        chosen.removeIf(p -> !p.appliesTo(service));
        return chosen;
    }

    /** Every plugin on the module or class path, loaded once. */
    static List<ServicePlugin> discovered() {
        List<ServicePlugin> found = discovered;
        if (found == null) {
            synchronized (Plugins.class) {
                found = discovered;
                if (found == null) {
                    found = load();
                    discovered = found;
                }
            }
        }
        return found;
    }

    private static List<ServicePlugin> load() {
        List<ServicePlugin> found = new ArrayList<>();
        try {
            for (ServicePlugin p : ServiceLoader.load(ServicePlugin.class, Plugins.class.getClassLoader())) {
                found.add(p);
            }
        } catch (ServiceConfigurationError e) {
            throw new io.boto4j.core.SdkClientException("A boto4j plugin could not be loaded: " + e.getMessage(), e);
        }
        // Module-path order is not defined: by name, so hooks of the same order run the same way every time.
        found.sort(java.util.Comparator.comparing(ServicePlugin::name));
        return List.copyOf(found);
    }
}
