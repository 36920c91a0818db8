package io.boto4j.services;

import org.junit.jupiter.api.Test;

import java.util.Map;

/** Polly's presigned URLs as botocore 1.43.107 makes them. */
class PollyPluginTest {

    @Test
    void aPresignedSpeechUrlSignsNoContentType() {
        PresignCases.assertSameAsBotocore("polly", "SynthesizeSpeech",
                Params.of("OutputFormat", "mp3", "Text", "Hello, wörld", "VoiceId", "Joanna"));
    }
}
