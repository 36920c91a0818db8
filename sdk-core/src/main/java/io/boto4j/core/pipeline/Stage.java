package io.boto4j.core.pipeline;

import io.boto4j.core.plugin.AttemptContext;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.Hook;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** The stages of {@link Hook}, in call order, and how to run one of them on a hook. */
enum Stage {
    BEFORE_VALIDATION("beforeValidation", CallContext.class),
    BEFORE_ENDPOINT("beforeEndpoint", CallContext.class),
    AFTER_SERIALIZATION("afterSerialization", CallContext.class),
    BEFORE_SIGNING("beforeSigning", AttemptContext.class),
    AFTER_SIGNING("afterSigning", AttemptContext.class),
    ON_RESPONSE("onResponse", AttemptContext.class),
    AFTER_ATTEMPT("afterAttempt", AttemptContext.class),
    AFTER_PARSING("afterParsing", CallContext.class, Map.class),
    ON_ERROR("onError", CallContext.class);

    private final String methodName;
    private final Class<?>[] parameterTypes;

    Stage(String methodName, Class<?>... parameterTypes) {
        this.methodName = methodName;
        this.parameterTypes = parameterTypes;
    }

    /** Whether {@code hook} overrides this stage's method, i.e. takes part in the stage. */
    boolean isOverriddenBy(Hook hook) {
        try {
            Method m = hook.getClass().getMethod(methodName, parameterTypes);
            return m.getDeclaringClass() != Hook.class;
        } catch (NoSuchMethodException e) {
            throw new AssertionError("Hook." + methodName + " is part of the interface", e);
        }
    }

    /** Runs this stage of {@code hook}; {@code attempt} and {@code output} are null where the stage has none. */
    CompletionStage<Void> run(Hook hook, CallContext call, AttemptContext attempt, Map<String, Object> output) {
        return switch (this) {
            case BEFORE_VALIDATION -> hook.beforeValidation(call);
            case BEFORE_ENDPOINT -> hook.beforeEndpoint(call);
            case AFTER_SERIALIZATION -> hook.afterSerialization(call);
            case BEFORE_SIGNING -> hook.beforeSigning(attempt);
            case AFTER_SIGNING -> hook.afterSigning(attempt);
            case ON_RESPONSE -> hook.onResponse(attempt);
            case AFTER_ATTEMPT -> hook.afterAttempt(attempt);
            case AFTER_PARSING -> hook.afterParsing(call, output);
            case ON_ERROR -> hook.onError(call);
        };
    }
}
