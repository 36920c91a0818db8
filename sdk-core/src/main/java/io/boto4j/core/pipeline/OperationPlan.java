package io.boto4j.core.pipeline;

import io.boto4j.core.auth.AuthSchemePreference;
import io.boto4j.core.auth.signer.AuthSchemeResolver;
import io.boto4j.core.endpoints.OperationEndpointContext;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.Shape;
import io.boto4j.core.plugin.Hook;

import java.util.Map;

/**
 * What a runtime works out once per operation rather than on every call: the hooks of each
 * stage, what the endpoint rules read from the input, and which members stream.
 */
final class OperationPlan {
    private final OperationModel operation;
    private final Map<Stage, Hook[]> hooks;
    private final OperationEndpointContext endpointContext;
    private final String streamingInputMember;
    private final String streamingOutputMember;
    private final boolean eventStreamOutput;
    /** Worked out by the first call that signs (an unsupported scheme fails that call, not the plan). */
    private volatile AuthSchemeResolver.ModelChoice auth;

    OperationPlan(OperationModel operation, HookChain chain) {
        this.operation = operation;
        this.hooks = chain.forOperation(operation);
        this.endpointContext = OperationEndpointContext.of(operation);
        this.streamingInputMember = streamingMember(operation.inputShape(), false);
        this.streamingOutputMember = streamingMember(operation.outputShape(), true);
        this.eventStreamOutput = streamingOutputMember != null
                && operation.outputShape().member(streamingOutputMember).shape().isEventStream();
    }

    OperationModel operation() {
        return operation;
    }

    Hook[] hooks(Stage stage) {
        return hooks.get(stage);
    }

    OperationEndpointContext endpointContext() {
        return endpointContext;
    }

    /** The input's streaming payload member (S3 PutObject's {@code Body}), or null. */
    String streamingInputMember() {
        return streamingInputMember;
    }

    /** The output's streaming payload member (a blob stream or an event stream), or null. */
    String streamingOutputMember() {
        return streamingOutputMember;
    }

    boolean eventStreamOutput() {
        return eventStreamOutput;
    }

    /** The model's part of the auth scheme choice, with the runtime's one {@code preference}. */
    AuthSchemeResolver.ModelChoice auth(AuthSchemePreference preference) {
        AuthSchemeResolver.ModelChoice choice = auth;
        if (choice == null) {
            choice = AuthSchemeResolver.modelChoice(operation, preference);
            auth = choice;
        }
        return choice;
    }

    private static String streamingMember(Shape shape, boolean eventStreams) {
        if (shape == null || shape.payload() == null) {
            return null;
        }
        Member m = shape.member(shape.payload());
        if (m == null) {
            return null;
        }
        boolean streams = m.isStreaming() || m.shape().isStreaming() || (eventStreams && m.shape().isEventStream());
        return streams ? m.name() : null;
    }
}
