package io.boto4j.core.plugin;

import io.boto4j.core.model.ServiceModel;

/**
 * A service module's contribution to the clients of its services: hooks on the request
 * pipeline, client options and custom methods, for what a model cannot say. Found through
 * {@link java.util.ServiceLoader} (on the module path, {@code provides
 * io.boto4j.core.plugin.ServicePlugin with ...} in the plugin's {@code module-info}; on the class
 * path, a {@code META-INF/services} entry), once per process; or added to one client by hand.
 *
 * <pre>{@code
 * public final class GlacierPlugin implements ServicePlugin {
 *     public boolean appliesTo(ServiceModel service) { return service.serviceName().equals("glacier"); }
 *     public void configure(PluginSetup setup) {
 *         setup.addHook(new Hook() {
 *             public CompletionStage<Void> afterSerialization(CallContext call) {
 *                 call.request().headers().set("x-amz-glacier-version", call.service().apiVersion());
 *                 return CONTINUE;
 *             }
 *         });
 *     }
 * }
 * }</pre>
 *
 * <p>Implementations need a public no-argument constructor (or a public static
 * {@code provider()} method) and must be thread-safe: one instance serves every client.
 */
public interface ServicePlugin {

    /**
     * A name for listings, messages and exclusion ({@code ClientConfig.Builder.excludePlugin}).
     *
     * @return the plugin's name; by default its class's fully qualified name
     */
    default String name() {
        return getClass().getName();
    }

    /**
     * Whether the plugin serves this service; asked when a client is built, before
     * {@link #configure}. Plugins for other services cost a client nothing more than this question.
     *
     * @param service the model of the service a client is being built for
     * @return true to be {@linkplain #configure configured} into that client
     */
    boolean appliesTo(ServiceModel service);

    /**
     * Contributes to one client being built: hooks, options, custom methods. Runs once per
     * client, on the thread that builds it (which may read files; never an event loop).
     *
     * @param setup the client being built: its model, region, options, and where parts are added
     */
    void configure(PluginSetup setup);
}
