package io.boto4j.core.plugin;

import io.boto4j.core.model.ServiceModel;

/**
 * What a {@link ServicePlugin} sees of the client being built, and where it adds its parts.
 */
public interface PluginSetup {

    /**
     * The service's model.
     *
     * @return the model of the service the client is built for
     */
    ServiceModel service();

    /**
     * The client's region, or null for a global service configured without one.
     *
     * @return the region name, e.g. {@code us-east-1}, or null
     */
    String region();

    /**
     * The value of an option for this client (from code, environment, config file or its default).
     *
     * @param <T>    the option's value type
     * @param option the option to read
     * @return the resolved value; the option's default (which may be null) when nothing sets it
     */
    <T> T option(ClientOption<T> option);

    /**
     * Adds a hook to every call of this client (filtered by {@link Hook#appliesTo}).
     *
     * @param hook the hook; it runs in {@link Hook#order()} among the client's other hooks
     */
    void addHook(Hook hook);

    /**
     * Adds a custom method; its name must not be an operation's or another method's.
     *
     * @param method the method, reached by its {@link CustomMethod#name()}
     */
    void addMethod(CustomMethod<?> method);

    /**
     * Declares a header that carries a secret (an API key a hook adds): every log of the SDK
     * shows it as {@code <redacted>}, as it does {@code Authorization}'s signature.
     *
     * <p>The mark is process-wide: it applies to the logs of every client, not only this one.
     *
     * @param name the header's name, in any case (header names are compared ignoring case)
     */
    default void markSecretHeader(String name) {
        io.boto4j.core.http.Redaction.markSecretHeader(name);
    }
}
