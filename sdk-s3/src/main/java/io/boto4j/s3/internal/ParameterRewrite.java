package io.boto4j.s3.internal;

import io.boto4j.core.model.OperationModel;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.Hook;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;

/**
 * One of botocore's S3 {@code before-parameter-build} handlers as a hook: a check or rewrite of
 * the caller's parameters, run before they are validated, for the operations it is registered
 * for (and at no cost for the others). The pure functions it runs live in their own classes
 * ({@link BucketNames}, {@link CopySource}, {@link SseCustomerKeys}, {@link AsciiMetadata}).
 *
 * <p>Before validation the input is what the caller passed, so a rewrite sees the forms botocore's
 * handlers see (a {@code CopySource} map, an SSE-C key as bytes) and leaves anything it does not
 * understand for the validator to refuse.
 */
final class ParameterRewrite implements Hook {

    /** A change to the caller's parameters, in place; it throws to refuse them. */
    @FunctionalInterface
    interface Rewrite {
        void apply(Map<String, Object> params, String operation);
    }

    private final String name;
    private final Predicate<OperationModel> operations;
    private final Rewrite rewrite;

    private ParameterRewrite(String name, Predicate<OperationModel> operations, Rewrite rewrite) {
        this.name = name;
        this.operations = operations;
        this.rewrite = rewrite;
    }

    /** A rewrite for the S3 operations named (botocore's {@code before-parameter-build.s3.<Operation>}). */
    static ParameterRewrite on(String name, Collection<String> operationNames, Rewrite rewrite) {
        Set<String> names = Set.copyOf(operationNames);
        return new ParameterRewrite(name, op -> isS3(op) && names.contains(op.name()), rewrite);
    }

    /**
     * A rewrite for every S3 operation whose input has {@code member} (botocore's
     * {@code before-parameter-build.s3}, which only acts when the member is there).
     */
    static ParameterRewrite onMember(String name, String member, Rewrite rewrite) {
        return new ParameterRewrite(name, op -> isS3(op) && op.inputShape() != null
                && op.inputShape().member(member) != null, rewrite);
    }

    private static boolean isS3(OperationModel op) {
        return "s3".equals(op.service().endpointPrefix());
    }

    @Override
    public boolean appliesTo(OperationModel operation) {
        return operations.test(operation);
    }

    @Override
    public CompletionStage<Void> beforeValidation(CallContext call) {
        rewrite.apply(call.input(), call.operation().name());
        return CONTINUE;
    }

    @Override
    public String toString() {
        return "ParameterRewrite[" + name + "]";
    }
}
