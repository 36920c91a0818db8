package io.boto4j.s3.internal.transfer;

import io.boto4j.core.plugin.MethodCall;
import io.boto4j.core.validation.ParamValidationException;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with a transfer's arguments beyond their types (which the runtime
 * checked), so that every problem is reported at once, naming the method, before any I/O.
 */
final class ArgumentProblems {
    private final MethodCall call;
    private final List<ParamValidationException.Problem> problems = new ArrayList<>();

    ArgumentProblems(MethodCall call) {
        this.call = call;
    }

    void add(String parameter, String message) {
        problems.add(new ParamValidationException.Problem(parameter, message));
    }

    /** A number argument, if given, must be positive. */
    void requirePositive(String parameter) {
        Object value = call.arguments().get(parameter);
        if (value instanceof Number n && n.longValue() <= 0) {
            add(parameter, "Parameter " + parameter + " must be positive, not " + n);
        }
    }

    /** @throws ParamValidationException listing every problem found */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ParamValidationException(call.runtime().model().serviceName(), call.method().name(), problems);
        }
    }
}
