package io.boto4j.core.typed;

import io.boto4j.core.loader.ModelLoader;
import io.boto4j.core.model.ServiceModel;
import org.junit.jupiter.api.Test;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypedViewsTest {
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
        public Object deliver(CompletableFuture<Map<String, Object>> call, Function<Map<String, Object>, Object> convert) {
            return convert.apply(call.join());
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
        public Object deliver(CompletableFuture<Map<String, Object>> call, Function<Map<String, Object>, Object> convert) {
            return call.thenApply(convert);
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
        S3View s3 = TypedViews.bind(S3View.class, S3, BLOCKING, this::fake);
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
        AsyncS3View s3 = TypedViews.bind(AsyncS3View.class, S3, ASYNC, this::fake);
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
                () -> TypedViews.bind(Misspelt.class, S3, BLOCKING, this::fake));
        assertTrue(e.getMessage().contains("no operation HeadObjcet (did you mean HeadObject"), e.getMessage());
        assertTrue(e.getMessage().contains("getObject: takes 2 parameters"), e.getMessage());
    }

    @Test
    void aFutureSignatureIsRefusedByTheBlockingLayerAndViceVersa() {
        IllegalArgumentException blocking = assertThrows(IllegalArgumentException.class,
                () -> TypedViews.bind(AsyncS3View.class, S3, BLOCKING, this::fake));
        assertTrue(blocking.getMessage().contains("bind to the async layer"), blocking.getMessage());
        IllegalArgumentException async = assertThrows(IllegalArgumentException.class,
                () -> TypedViews.bind(S3View.class, S3, ASYNC, this::fake));
        assertTrue(async.getMessage().contains("return CompletionStage<T>"), async.getMessage());
    }
}
