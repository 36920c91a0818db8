package io.boto4j.services.internal;

import io.boto4j.core.model.OperationModel;
import io.boto4j.core.plugin.Hook;

import java.util.Set;

/**
 * A hook for some operations of its service, named once: botocore registers most of its
 * handlers for {@code event.service.Operation}, and this is the same filter, asked once per
 * operation by the pipeline.
 */
public abstract class OperationsHook implements Hook {
    private final Set<String> operations;

    /** @param operations the operations' names as the model spells them ({@code CopySnapshot}) */
    protected OperationsHook(String... operations) {
        this.operations = Set.of(operations);
    }

    @Override
    public boolean appliesTo(OperationModel operation) {
        return operations.contains(operation.name());
    }
}
