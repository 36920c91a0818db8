package io.boto4j.core.pipeline;

import io.boto4j.core.model.OperationModel;
import io.boto4j.core.plugin.AttemptContext;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.Hook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The hooks of one client, sorted, and the means to run a stage of them. Per operation, each
 * stage's hooks are worked out once (those that apply to the operation and override the stage),
 * so a call pays only for the hooks that do something for it.
 */
final class HookChain {
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);
    private static final Hook[] NONE = new Hook[0];

    private final List<Hook> hooks;
    private final Map<Stage, List<Hook>> byStage = new EnumMap<>(Stage.class);

    HookChain(List<Hook> added) {
        List<Hook> sorted = new ArrayList<>(added);
        sorted.sort(Comparator.comparingInt(Hook::order)); // stable: ties keep the order they were added in
        this.hooks = List.copyOf(sorted);
        for (Stage stage : Stage.values()) {
            List<Hook> in = new ArrayList<>();
            for (Hook h : hooks) {
                if (stage.isOverriddenBy(h)) {
                    in.add(h);
                }
            }
            byStage.put(stage, in);
        }
    }

    /** Every hook, in order. */
    List<Hook> hooks() {
        return hooks;
    }

    /** For each stage, the hooks that take part in calls of {@code operation}. */
    Map<Stage, Hook[]> forOperation(OperationModel operation) {
        Map<Stage, Hook[]> plan = new EnumMap<>(Stage.class);
        Map<Hook, Boolean> applies = new java.util.IdentityHashMap<>();
        for (Stage stage : Stage.values()) {
            List<Hook> in = new ArrayList<>();
            for (Hook h : byStage.get(stage)) {
                if (applies.computeIfAbsent(h, x -> x.appliesTo(operation))) {
                    in.add(h);
                }
            }
            plan.put(stage, in.isEmpty() ? NONE : in.toArray(NONE));
        }
        return plan;
    }

    /**
     * Runs {@code hooks} of {@code stage} one after the other. While they answer
     * {@link Hook#CONTINUE} (or any completed stage) this runs straight through; the first that
     * answers later makes the rest wait for it.
     */
    static CompletableFuture<Void> run(Stage stage, Hook[] hooks, CallContext call, AttemptContext attempt,
                                       Map<String, Object> output) {
        return run(stage, hooks, 0, call, attempt, output);
    }

    private static CompletableFuture<Void> run(Stage stage, Hook[] hooks, int from, CallContext call,
                                               AttemptContext attempt, Map<String, Object> output) {
        for (int i = from; i < hooks.length; i++) {
            CompletionStage<Void> result;
            try {
                result = stage.run(hooks[i], call, attempt, output);
            } catch (RuntimeException | Error e) {
                return CompletableFuture.failedFuture(e);
            }
            if (result == Hook.CONTINUE) {
                continue;
            }
            if (result == null) {
                return CompletableFuture.failedFuture(new NullPointerException(hooks[i].getClass().getName() + "."
                        + stage + " returned null; return Hook.CONTINUE when there is nothing to wait for"));
            }
            CompletableFuture<Void> f = result.toCompletableFuture();
            if (f.isDone() && !f.isCompletedExceptionally()) {
                continue;
            }
            int next = i + 1;
            return f.thenCompose(x -> run(stage, hooks, next, call, attempt, output));
        }
        return DONE;
    }
}
