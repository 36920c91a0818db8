package io.boto4j.core.typed;

import io.boto4j.core.loader.ModelLoader;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.core.plugin.MethodParameter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypedViewsTest {
    /**
     * This package is exported to the layers only, so Jackson may not read the records below
     * until the package is opened to it, as a user's module is by {@code view(type, lookup)}.
     */
    @BeforeAll
    static void openTheRecordsToJackson() {
        ViewAccess.open(S3View.class, MethodHandles.lookup());
    }

    static final ServiceModel S3 = ModelLoader.builder()
            .addDirectory(Path.of("../sdk-models/src/main/resources/io/boto4j/models/data"))
            .environment(Map.of()).home(Path.of("/nonexistent")).build().serviceModel("s3");

    /** A blocking layer: the value itself; futures refused. */
    static final TypedLayer BLOCKING = new TypedLayer() {
        @Override
        public String name() {
            return "blocking";
        }

        @Override
        public Type valueType(Method m) {
            Class<?> r = m.getReturnType();
            return CompletionStage.class.isAssignableFrom(r) ? null : m.getGenericReturnType();
        }

        @Override
        public String returnTypeAdvice() {
            return "methods of a blocking view return the value itself: bind to the async layer for futures";
        }

        @Override
        public <V> Object deliver(Supplier<CompletableFuture<V>> call, Function<V, Object> convert) {
            return convert.apply(call.get().join());
        }
    };

    /** An async layer built on CompletionStage: only futures. */
    static final TypedLayer ASYNC = new TypedLayer() {
        @Override
        public String name() {
            return "async";
        }

        @Override
        public Type valueType(Method m) {
            return m.getGenericReturnType() instanceof ParameterizedType p && p.getRawType() == CompletionStage.class
                    ? p.getActualTypeArguments()[0] : null;
        }

        @Override
        public String returnTypeAdvice() {
            return "methods of an async view return CompletionStage<T>";
        }

        @Override
        public <V> Object deliver(Supplier<CompletableFuture<V>> call, Function<V, Object> convert) {
            return call.get().thenApply(convert);
        }
    };

    public record HeadObjectRequest(String bucket, String key) {
    }

    public record HeadObjectResult(Long contentLength, Instant lastModified, String eTag) {
    }

    public interface S3View {
        HeadObjectResult headObject(HeadObjectRequest request);

        Map<String, Object> listBuckets();

        default String describe() {
            return "view";
        }
    }

    public interface AsyncS3View {
        CompletionStage<HeadObjectResult> headObject(Map<String, Object> request);
    }

    final List<Object[]> calls = new ArrayList<>();

    /** A custom method as a plugin would add one: its arguments kept as given (a Path stays a Path). */
    static final CustomMethod<Long> COUNT_BYTES = CustomMethod.builder("CountBytes", Long.class)
            .documentation("The size of a local file.")
            .parameter(MethodParameter.required("Filename", Path.class, "the file"))
            .parameter(MethodParameter.optional("Extra", Long.class, "added to the size"))
            .implementation(call -> CompletableFuture.completedFuture(0L))
            .build();

    public record CountArgs(Path filename, long extra) {
    }

    public interface WithMethods {
        long countBytes(CountArgs args);
    }

    public interface WithAMisspeltMethod {
        long countBytez(Map<String, Object> args);
    }

    /** What the fake client was asked for, as the typed view calls it. */
    final TypedViews.Calls client = new TypedViews.Calls() {
        @Override
        public CompletableFuture<Map<String, Object>> operation(String operation, Map<String, Object> input) {
            return fake(operation, input);
        }

        @Override
        public CompletableFuture<Object> method(CustomMethod<?> method, Map<String, Object> arguments) {
            calls.add(new Object[] {method.name(), arguments});
            return CompletableFuture.completedFuture(((Path) arguments.get("Filename")).toString().length()
                    + (Long) arguments.get("Extra"));
        }
    };

    @Test
    void customMethodsBindByNameWithTheirArgumentsKeptAsTheyAre() {
        WithMethods view = TypedViews.bind(WithMethods.class, S3, List.of(COUNT_BYTES), BLOCKING, client);
        assertEquals("/tmp/x".length() + 5, view.countBytes(new CountArgs(Path.of("/tmp/x"), 5)));
        assertEquals("CountBytes", calls.get(0)[0]);
        assertEquals(Map.of("Filename", Path.of("/tmp/x"), "Extra", 5L), calls.get(0)[1]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TypedViews.bind(WithAMisspeltMethod.class, S3, List.of(COUNT_BYTES), BLOCKING, client));
        assertTrue(e.getMessage().contains("countBytez: ") && e.getMessage().contains("did you mean CountBytes"),
                e.getMessage());
    }

    CompletableFuture<Map<String, Object>> fake(String op, Map<String, Object> input) {
        calls.add(new Object[] {op, input});
        Map<String, Object> out = new LinkedHashMap<>();
        if (op.equals("HeadObject")) {
            out.put("ContentLength", 42L);
            out.put("LastModified", Instant.parse("2026-01-02T03:04:05Z"));
            out.put("ETag", "\"e\"");
        }
        return CompletableFuture.completedFuture(out);
    }

    @Test
    void recordsMapToModelMemberNamesBothWays() {
        S3View s3 = TypedViews.bind(S3View.class, S3, List.of(), BLOCKING, client);
        HeadObjectResult r = s3.headObject(new HeadObjectRequest("b", "k"));
        assertEquals(new HeadObjectResult(42L, Instant.parse("2026-01-02T03:04:05Z"), "\"e\""), r);
        assertEquals("HeadObject", calls.get(0)[0]);
        assertEquals(Map.of("Bucket", "b", "Key", "k"), calls.get(0)[1]);
        assertEquals(Map.of(), s3.listBuckets());
        assertEquals("view", s3.describe());
        assertTrue(s3.toString().contains("s3"));
    }

    @Test
    void asyncViewsReturnTheirFutures() {
        AsyncS3View s3 = TypedViews.bind(AsyncS3View.class, S3, List.of(), ASYNC, client);
        HeadObjectResult r = s3.headObject(Map.of("bucket", "b", "Key", "k")).toCompletableFuture().join();
        assertEquals(42L, r.contentLength());
        assertEquals(Map.of("Bucket", "b", "Key", "k"), calls.get(0)[1]);
    }

    public interface Misspelt {
        Map<String, Object> headObjcet(Map<String, Object> in);

        Map<String, Object> getObject(String a, String b);
    }

    @Test
    void everyMismatchIsReportedAtBindTimeWithTheClosestNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TypedViews.bind(Misspelt.class, S3, List.of(), BLOCKING, client));
        assertTrue(e.getMessage().contains("no operation or method HeadObjcet (did you mean HeadObject"), e.getMessage());
        assertTrue(e.getMessage().contains("getObject: takes 2 parameters"), e.getMessage());
    }

    @Test
    void aFutureSignatureIsRefusedByTheBlockingLayerAndViceVersa() {
        IllegalArgumentException blocking = assertThrows(IllegalArgumentException.class,
                () -> TypedViews.bind(AsyncS3View.class, S3, List.of(), BLOCKING, client));
        assertTrue(blocking.getMessage().contains("bind to the async layer"), blocking.getMessage());
        IllegalArgumentException async = assertThrows(IllegalArgumentException.class,
                () -> TypedViews.bind(S3View.class, S3, List.of(), ASYNC, client));
        assertTrue(async.getMessage().contains("return CompletionStage<T>"), async.getMessage());
    }
}
