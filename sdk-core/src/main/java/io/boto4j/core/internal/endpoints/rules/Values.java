package io.boto4j.core.internal.endpoints.rules;

import io.boto4j.core.EndpointResolutionException;

/** Argument checks shared by the function bindings: a wrong type is a resolution error. */
final class Values {
    private Values() {
    }

    static String string(String fn, Object v) {
        if (v instanceof String s) {
            return s;
        }
        throw typeError(fn, "expected a string", v);
    }

    static boolean bool(String fn, Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        throw typeError(fn, "expected a boolean", v);
    }

    static int integer(String fn, Object v) {
        if (v instanceof Integer i) {
            return i;
        }
        throw typeError(fn, "expected an integer", v);
    }

    static EndpointResolutionException typeError(String fn, String what, Object got) {
        String type = got == null ? "no value" : got.getClass().getSimpleName();
        return new EndpointResolutionException(fn + ": " + what + ", got " + type);
    }
}
