package io.boto4j.examples.notebook.internal;

import io.boto4j.core.config.ConfigException;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.Hook;
import io.boto4j.examples.notebook.Notebook;

import java.util.concurrent.CompletionStage;

/**
 * Sends the client's API key ({@link Notebook#API_KEY}) in the {@code x-api-key} header of every
 * call, and fails a call that has none before anything is sent, saying where a key can be set.
 */
final class ApiKeyHook implements Hook {
    static final String HEADER = "x-api-key";

    @Override
    public CompletionStage<Void> afterSerialization(CallContext call) {
        if (call.isPresign()) {
            return CONTINUE; // a URL carries no headers: nothing to add
        }
        String key = call.option(Notebook.API_KEY);
        if (key == null || key.isBlank()) {
            throw new ConfigException(call.service().serviceName() + "." + call.operation().name()
                    + " needs an API key: set the client option " + Notebook.API_KEY.name()
                    + " (ClientConfig.Builder.option), the environment variable NOTEBOOK_API_KEY,"
                    + " or api_key in the notebook block of the profile");
        }
        call.request().headers().set(HEADER, key);
        return CONTINUE;
    }
}
