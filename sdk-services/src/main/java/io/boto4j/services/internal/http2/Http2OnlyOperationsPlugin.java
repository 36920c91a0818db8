package io.boto4j.services.internal.http2;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.PluginSetup;
import io.boto4j.core.plugin.ServicePlugin;
import io.boto4j.services.internal.OperationsHook;

import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The operations botocore 1.43.107 takes off its clients because they need a bidirectional
 * HTTP/2 event stream ({@code remove_lex_v2_start_conversation}, {@code remove_qbusiness_chat},
 * {@code remove_bedrock_runtime_invoke_model_with_bidirectional_stream},
 * {@code remove_connecthealth_start_medical_scribe_listening_session},
 * {@code remove_polly_start_speech_synthesis_stream}). boto4j's transports cannot hold such a
 * stream either, so a call of one is refused, naming the operation, before anything is sent,
 * rather than sent as a request the service cannot answer. Presigning stays possible, as in
 * botocore, whose {@code generate_presigned_url} reads the model rather than the client class.
 */
public final class Http2OnlyOperationsPlugin implements ServicePlugin {
    /** Service name (as the bundled models name it) to its operation that needs HTTP/2. */
    private static final Map<String, String> OPERATIONS = Map.of(
            "lexv2-runtime", "StartConversation",
            "qbusiness", "Chat",
            "bedrock-runtime", "InvokeModelWithBidirectionalStream",
            "connecthealth", "StartMedicalScribeListeningSession",
            "polly", "StartSpeechSynthesisStream");

    @Override
    public String name() {
        return "io.boto4j.services.http2only";
    }

    @Override
    public boolean appliesTo(ServiceModel service) {
        return OPERATIONS.containsKey(service.serviceName());
    }

    @Override
    public void configure(PluginSetup setup) {
        setup.addHook(new OperationsHook(OPERATIONS.get(setup.service().serviceName())) {
            @Override
            public CompletionStage<Void> beforeValidation(CallContext call) {
                if (call.isPresign()) {
                    return CONTINUE; // botocore presigns any operation of the model, these too
                }
                throw new SdkClientException(call.service().serviceName() + "." + call.operation().name()
                        + " needs a bidirectional HTTP/2 event stream, which boto4j does not support"
                        + " (botocore leaves this operation out of its clients for the same reason)");
            }
        });
    }
}
