package io.boto4j.core.plugin;

import io.boto4j.core.model.ServiceModel;

/**
 * What a {@link ServicePlugin} sees of the client being built, and where it adds its parts.
 */
public interface PluginSetup {

    /** The service's model. */
    ServiceModel service();

    /** The client's region, or null for a global service configured without one. */
    String region();

    /** The value of an option for this client (from code, environment, config file or its default). */
    <T> T option(ClientOption<T> option);

    /** Adds a hook to every call of this client (filtered by {@link Hook#appliesTo}). */
    void addHook(Hook hook);

    /** Adds a custom method; its name must not be an operation's or another method's. */
    void addMethod(CustomMethod<?> method);

    /**
     * Declares a header that carries a secret (an API key a hook adds): every log of the SDK
     * shows it as {@code <redacted>}, as it does {@code Authorization}'s signature.
     */
    default void markSecretHeader(String name) {
        io.boto4j.core.http.Redaction.markSecretHeader(name);
    }
}
