package io.boto4j.it.servers;

import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that hands test servers to tests as parameters:
 *
 * <pre>{@code
 * @ExtendWith(TestServers.class)
 * class PutGetTest {
 *     @Test void roundTrip(S3ProxyServer s3) { ... s3.endpoint() ... s3.credentials() ... }
 * }
 * }</pre>
 *
 * Each kind of server is started once, on first use, and shared by every test of the run; it is
 * stopped when the run ends (JUnit closes it with the root context's store). Parameters of test
 * methods, constructors, {@code @BeforeAll} and {@code @BeforeEach} methods are resolved. A test
 * that needs a server the machine cannot provide (moto, dynalite) is skipped with the reason;
 * s3proxy and ElasticMQ are always fetched by the build, so failing to start them fails the test.
 */
// In an exported package so that JUnit, outside the module, may instantiate it; its JUnit types
// in that exported API are what the "exports" lint would flag, and that is intended here.
@SuppressWarnings("exports")
public final class TestServers implements ParameterResolver, ExecutionCondition {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestServers.class);

    private enum Kind {
        S3PROXY(S3ProxyServer.class, Optional::empty, S3ProxyServer::start),
        S3PROXY_VIRTUAL_HOSTS(VirtualHostedS3ProxyServer.class, Optional::empty, VirtualHostedS3ProxyServer::start),
        ELASTICMQ(ElasticMqServer.class, Optional::empty, ElasticMqServer::start),
        MOTO(MotoServer.class, MotoServer::unavailableReason, MotoServer::start),
        DYNALITE(DynaliteServer.class, DynaliteServer::unavailableReason, DynaliteServer::start);

        final Class<? extends TestServer> type;
        final Supplier<Optional<String>> unavailableReason;
        final Supplier<? extends TestServer> start;

        Kind(Class<? extends TestServer> type, Supplier<Optional<String>> unavailableReason,
                Supplier<? extends TestServer> start) {
            this.type = type;
            this.unavailableReason = unavailableReason;
            this.start = start;
        }

        static Optional<Kind> of(Class<?> type) {
            for (Kind kind : values()) {
                if (kind.type == type) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return Kind.of(parameter.getParameter().getType()).isPresent();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Kind kind = Kind.of(parameter.getParameter().getType()).orElseThrow();
        // The root store lives for the whole run and closes what it holds (TestServer is AutoCloseable).
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(kind, k -> kind.start.get(), TestServer.class);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<Executable> needing = new ArrayList<>();
        if (context.getTestMethod().isPresent()) {
            needing.add(context.getTestMethod().get());
        } else if (context.getTestClass().isPresent()) {
            Class<?> testClass = context.getTestClass().get();
            needing.addAll(List.of(testClass.getDeclaredConstructors()));
            for (Method m : testClass.getDeclaredMethods()) {
                if (m.isAnnotationPresent(BeforeAll.class) || m.isAnnotationPresent(BeforeEach.class)) {
                    needing.add(m);
                }
            }
        }
        for (Executable executable : needing) {
            for (Parameter p : executable.getParameters()) {
                Optional<String> reason = Kind.of(p.getType()).flatMap(kind -> kind.unavailableReason.get());
                if (reason.isPresent()) {
                    return ConditionEvaluationResult.disabled(reason.get());
                }
            }
        }
        return ConditionEvaluationResult.enabled("the servers it needs are available");
    }
}
