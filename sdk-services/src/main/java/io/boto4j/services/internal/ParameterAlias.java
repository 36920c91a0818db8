package io.boto4j.services.internal;

import io.boto4j.core.model.OperationModel;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.Hook;
import io.boto4j.core.ParamValidationException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;

/**
 * botocore's {@code ParameterAlias}: a member whose model name reads badly in a program (a
 * reserved word such as {@code from}, a singular for a list) is also accepted under an alias,
 * and sent under its own name. Giving both is an error; operations whose input lacks the member
 * are left alone, as botocore leaves them.
 */
public final class ParameterAlias implements Hook {
    private final Predicate<OperationModel> operations;
    private final String member;
    private final String alias;

    /**
     * @param operations the operations it serves
     * @param member     the member's name in the model
     * @param alias      the name also accepted
     */
    public ParameterAlias(Predicate<OperationModel> operations, String member, String alias) {
        this.operations = operations;
        this.member = member;
        this.alias = alias;
    }

    @Override
    public boolean appliesTo(OperationModel operation) {
        return operations.test(operation) && operation.inputShape() != null
                && operation.inputShape().members().containsKey(member);
    }

    /** First, as botocore registers it: other hooks see the member under its own name. */
    @Override
    public int order() {
        return -100;
    }

    @Override
    public CompletionStage<Void> beforeValidation(CallContext call) {
        Map<String, Object> input = call.input();
        if (!input.containsKey(alias)) {
            return CONTINUE;
        }
        if (input.containsKey(member)) {
            throw new ParamValidationException(call.service().serviceName(), call.operation().name(), List.of(
                    new ParamValidationException.Problem(alias, "Parameter '" + member + "' and its alias '" + alias
                            + "' were provided, but only one can be provided.")));
        }
        input.put(member, input.remove(alias));
        return CONTINUE;
    }
}
