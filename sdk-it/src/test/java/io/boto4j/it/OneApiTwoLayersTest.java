package io.boto4j.it;

import io.boto4j.async.AsyncClient;
import io.boto4j.sync.SyncClient;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The two layers keep one API: the same public method names with the same parameter types, the
 * result a value on one side and a {@code Future} on the other. A method on one side only is a
 * decision, listed here with its reason, so that drift cannot arrive unnoticed.
 */
class OneApiTwoLayersTest {

    /** Present on the blocking client only. */
    private static final Set<String> SYNC_ONLY = Set.of(
            "builder()");                                  // AsyncClient.create(vertx, ...) needs a Vert.x instance: no builder

    /** Present on the Vert.x client only. */
    private static final Set<String> ASYNC_ONLY = Set.of(
            "createBlocking(Vertx,String,ClientConfig)",   // for code off the event loop that wants the client at once
            "createBlocking(Vertx,String,ClientConfig,HttpClientOptions)",
            "create(Vertx,String)",                        // the blocking side's create(String): Vert.x first
            "create(Vertx,String,ClientConfig)",
            "create(Vertx,String,ClientConfig,HttpClientOptions)",
            "callJson(String,JsonObject)",                 // Vert.x's JSON type
            "body(Map)",                                   // the blocking side's body is an InputStream in the output
            "body(JsonObject)");

    /** The blocking side's factories, which the Vert.x side has with a Vert.x instance in front. */
    private static final Set<String> SYNC_FACTORIES = Set.of("create(String)", "create(String,ClientConfig)");

    @Test
    void bothClientsHaveTheSameMethodsApartFromTheListedOnes() {
        Set<String> sync = signatures(SyncClient.class);
        Set<String> async = signatures(AsyncClient.class);

        Set<String> onlySync = new TreeSet<>(sync);
        onlySync.removeAll(async);
        onlySync.removeAll(SYNC_FACTORIES);
        Set<String> onlyAsync = new TreeSet<>(async);
        onlyAsync.removeAll(sync);

        assertEquals(new TreeSet<>(SYNC_ONLY), onlySync, "public methods of SyncClient that AsyncClient lacks");
        assertEquals(new TreeSet<>(ASYNC_ONLY), onlyAsync, "public methods of AsyncClient that SyncClient lacks");
    }

    private static Set<String> signatures(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .map(OneApiTwoLayersTest::signature)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String signature(Method m) {
        return m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(",", "(", ")"));
    }
}
