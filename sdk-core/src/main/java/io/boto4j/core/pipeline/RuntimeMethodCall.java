package io.boto4j.core.pipeline;

import io.boto4j.core.plugin.ClientOption;
import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.core.plugin.MethodCall;

import java.util.Map;
import java.util.concurrent.Executor;

/** A custom method's call on a runtime. */
record RuntimeMethodCall(ServiceRuntime runtime, CustomMethod<?> method, Map<String, Object> arguments,
                         Executor callbackExecutor) implements MethodCall {

    @Override
    public <T> T option(ClientOption<T> option) {
        return runtime.option(option);
    }

    @Override
    public Executor blockingExecutor() {
        return runtime.blockingExecutor();
    }
}
