package io.boto4j.core.pipeline;

import io.boto4j.core.plugin.AttemptContext;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.Hook;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
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

    /**
     * The stages each hook class overrides, found by reflection once per class: every client
     * builds a chain of the same plugins' hooks, and looking their methods up again was a tenth
     * of a second client's build.
     */
    private static final ClassValue<Set<Stage>> OVERRIDDEN = new ClassValue<>() {
        @Override
        protected Set<Stage> computeValue(Class<?> hookClass) {
            Set<Stage> stages = EnumSet.noneOf(Stage.class);
            for (Stage stage : values()) {
                if (stage.isOverriddenBy(hookClass)) {
                    stages.add(stage);
                }
            }
            return Collections.unmodifiableSet(stages);
        }
    };

    /** Whether {@code hook} overrides this stage's method, i.e. takes part in the stage. */
    boolean isOverriddenBy(Hook hook) {
        return OVERRIDDEN.get(hook.getClass()).contains(this);
    }

    private boolean isOverriddenBy(Class<?> hookClass) {
        try {
            Method m = hookClass.getMethod(methodName, parameterTypes);
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
