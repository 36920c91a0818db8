package io.boto4j.services.internal.polly;

import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.AttemptContext;
import io.boto4j.core.plugin.PluginSetup;
import io.boto4j.core.plugin.ServicePlugin;
import io.boto4j.services.internal.OperationsHook;

import java.util.concurrent.CompletionStage;

/**
 * Polly, as botocore's {@code remove_content_type_header_for_presigning} presigns it: a presigned
 * SynthesizeSpeech URL, fetched by a browser or a media player with no body and no
 * {@code Content-Type}, must not have the JSON body's content type among its signed headers.
 */
public final class PollyPlugin implements ServicePlugin {

    @Override
    public String name() {
        return "io.boto4j.services.polly";
    }

    @Override
    public boolean appliesTo(ServiceModel service) {
        return "polly".equals(service.serviceName());
    }

    @Override
    public void configure(PluginSetup setup) {
        setup.addHook(new OperationsHook("SynthesizeSpeech") {
            @Override
            public CompletionStage<Void> beforeSigning(AttemptContext attempt) {
                if (attempt.call().isPresign()) {
                    attempt.request().headers().remove("Content-Type");
                }
                return CONTINUE;
            }
        });
    }
}
