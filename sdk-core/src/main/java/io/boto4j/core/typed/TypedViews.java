package io.boto4j.core.typed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.Names;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.model.Shape;
import io.boto4j.core.plugin.CustomMethod;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;

/**
 * Typed views without generated code: a user's interface bound to a service by a dynamic proxy,
 * as Retrofit does for HTTP APIs. Method {@code headObject} calls operation {@code HeadObject};
 * its one parameter (or none) is the input and its return type the output, as a {@code Map} or
 * the user's record or POJO, converted with Jackson by the model's member names (matched
 * without regard to case, so {@code bucket} fills {@code Bucket}). Every method is checked
 * against the model when binding, not when called.
 *
 * <p>User types are read by Jackson: their packages must be exported or opened to
 * {@code com.fasterxml.jackson.databind} when they live in a named module.
 */
public final class TypedViews {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private TypedViews() {
    }

    /** How a typed view reaches the client: its operations and its custom methods. */
    public interface Calls {
        /**
         * Runs an operation.
         *
         * @param operation the operation's name in the model, e.g. {@code HeadObject}
         * @param input its input, validated by the call
         * @return a future of the output
         */
        CompletableFuture<Map<String, Object>> operation(String operation, Map<String, Object> input);

        /**
         * Runs a custom method of the client with its arguments.
         *
         * @param method the custom method
         * @param arguments its arguments by parameter name
         * @return a future of the method's result
         */
        CompletableFuture<Object> method(CustomMethod<?> method, Map<String, Object> arguments);
    }

    /**
     * Binds {@code view} to a service: each method to the operation or custom method of the
     * same name ({@code uploadFile} to {@code UploadFile}).
     *
     * @param <T> the view's type
     * @param view the user's interface
     * @param model the service's model
     * @param methods the client's custom methods
     * @param layer the layer the view's results are delivered by
     * @param calls how the view reaches the client
     * @return a proxy implementing {@code view}; thread-safe if {@code calls} is. Its default
     *         methods run as written; {@code toString} names the view and the service, {@code equals}
     *         is identity
     * @throws IllegalArgumentException naming every method that does not fit the model or the layer
     */
    public static <T> T bind(Class<T> view, ServiceModel model, Collection<CustomMethod<?>> methods, TypedLayer layer,
                             Calls calls) {
        if (!view.isInterface()) {
            throw new IllegalArgumentException(view.getName() + " is not an interface");
        }
        Map<String, CustomMethod<?>> customByName = new HashMap<>();
        methods.forEach(c -> customByName.put(c.name(), c));
        Map<Method, Binding> bindings = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Method m : view.getMethods()) {
            if (m.isDefault() || Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            String opName = Character.toUpperCase(m.getName().charAt(0)) + m.getName().substring(1);
            CustomMethod<?> custom = customByName.get(opName);
            if (!model.hasOperation(opName) && custom == null) {
                List<String> known = new ArrayList<>(model.operationNames());
                known.addAll(customByName.keySet());
                problems.add(m.getName() + ": " + model.serviceName() + " has no operation or method " + opName
                        + Names.didYouMean(opName, known));
                continue;
            }
            if (m.getParameterCount() > 1) {
                problems.add(m.getName() + ": takes " + m.getParameterCount()
                        + " parameters; a typed method takes its input as one parameter (or none)");
                continue;
            }
            Type valueType = layer.valueType(m);
            if (valueType == null) {
                problems.add(m.getName() + ": returns " + m.getGenericReturnType().getTypeName() + ", but "
                        + layer.returnTypeAdvice());
                continue;
            }
            bindings.put(m, custom != null && !model.hasOperation(opName) ? new Binding(null, custom, valueType)
                    : new Binding(model.operation(opName), null, valueType));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Cannot bind " + view.getName() + " to " + model.serviceName()
                    + " (" + layer.name() + " layer):\n  " + String.join("\n  ", problems));
        }
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(view, model, proxy, method, args);
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            Binding b = bindings.get(method);
            Object argument = args == null || args.length == 0 ? null : args[0];
            String target = model.serviceName() + "." + (b.custom != null ? b.custom.name() : b.operation.name());
            if (b.custom != null) {
                Map<String, Object> arguments = converting(target, "its argument", () -> MethodArgs.of(b.custom, argument, layer));
                return layer.deliver(() -> calls.method(b.custom, arguments),
                        result -> converting(target, "its result", () -> fromResult(result, b.valueType)));
            }
            Map<String, Object> input = argument == null ? new LinkedHashMap<>()
                    : converting(target, "its input", () -> toInput(b.operation, argument, layer));
            return layer.deliver(() -> calls.operation(b.operation.name(), input),
                    output -> converting(target, "its output", () -> fromOutput(output, b.valueType, layer)));
        };
        return view.cast(Proxy.newProxyInstance(view.getClassLoader(), new Class<?>[] {view}, handler));
    }

    /**
     * A conversion between the caller's types and the SDK's values; Jackson's complaints become
     * the SDK's own exception, naming the call and what could not be converted.
     */
    private static <V> V converting(String target, String what, java.util.function.Supplier<V> conversion) {
        try {
            return conversion.get();
        } catch (IllegalArgumentException e) {
            throw new io.boto4j.core.SdkClientException("Cannot convert " + what + " of " + target + ": "
                    + e.getMessage(), e);
        }
    }

    /** A view method's target: an operation, or a custom method. */
    private record Binding(OperationModel operation, CustomMethod<?> custom, Type valueType) {
    }

    /** A custom method's result as the view method's value type. */
    private static Object fromResult(Object result, Type type) {
        if (type == void.class || type == Void.class) {
            return null;
        }
        JavaType target = MAPPER.getTypeFactory().constructType(type);
        if (result == null || target.getRawClass().isInstance(result)) {
            return result;
        }
        return MAPPER.convertValue(result, target);
    }

    private static Object objectMethod(Class<?> view, ServiceModel model, Object proxy, Method m, Object[] args) {
        switch (m.getName()) {
            case "toString":
                return view.getSimpleName() + "[" + model.serviceName() + "]";
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == args[0];
            default:
                throw new UnsupportedOperationException(m.getName());
        }
    }

    /** The argument as an input map whose keys are the model's member names. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> toInput(OperationModel op, Object argument, TypedLayer layer) {
        if (argument == null) {
            return new LinkedHashMap<>();
        }
        Map<String, Object> raw = layer.inputOf(argument);
        if (raw == null) {
            raw = argument instanceof Map<?, ?> m ? (Map<String, Object>) m : MAPPER.convertValue(argument, Map.class);
        }
        Shape shape = op.inputShape();
        return shape == null ? raw : (Map<String, Object>) memberNames(shape, raw);
    }

    /** Renames keys to the model's spelling, structure by structure; values are left as they are. */
    private static Object memberNames(Shape shape, Object value) {
        if (value instanceof Map<?, ?> map && shape.type() == io.boto4j.core.model.ShapeType.STRUCTURE && !shape.isDocument()) {
            Map<String, Member> byLower = new HashMap<>();
            shape.members().values().forEach(m -> byLower.put(m.name().toLowerCase(Locale.ROOT), m));
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (v == null) {
                    return;
                }
                Member m = byLower.get(String.valueOf(k).toLowerCase(Locale.ROOT));
                out.put(m == null ? String.valueOf(k) : m.name(), m == null ? v : memberNames(m.shape(), v));
            });
            return out;
        }
        if (value instanceof List<?> list && shape.type() == io.boto4j.core.model.ShapeType.LIST) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(memberNames(shape.listMember().shape(), v)));
            return out;
        }
        if (value instanceof Map<?, ?> map && shape.type() == io.boto4j.core.model.ShapeType.MAP) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, memberNames(shape.mapValue().shape(), v)));
            return out;
        }
        return value;
    }

    /** The output as the method's value type. */
    static Object fromOutput(Map<String, Object> output, Type type, TypedLayer layer) {
        if (type == void.class || type == Void.class) {
            return null;
        }
        Object special = layer.outputAs(output, type);
        if (special != null) {
            return special;
        }
        JavaType target = MAPPER.getTypeFactory().constructType(type);
        if (target.isTypeOrSuperTypeOf(output.getClass()) || target.getRawClass() == Map.class) {
            return output;
        }
        return MAPPER.convertValue(output, target);
    }
}
