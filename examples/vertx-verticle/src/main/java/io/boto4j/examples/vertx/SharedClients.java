package io.boto4j.examples.vertx;

import io.boto4j.async.AsyncClient;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.shareddata.LocalMap;
import io.vertx.core.shareddata.Shareable;

import java.util.Objects;
import java.util.function.Function;

/**
 * One {@link AsyncClient} per Vert.x instance and name, shared by every verticle instance that
 * asks for it: the first {@link #acquire} creates it (with {@link AsyncClient#create}, which reads
 * files on a worker thread, never on the event loop), later ones get the same client, and the
 * {@link #release} of the last user closes it. A verticle acquires in {@code start()} and releases
 * in {@code stop()}; a client is thread-safe and its pooled connections belong to the Vert.x
 * instance, so sharing one costs nothing and saves a model load and a connection pool per instance.
 *
 * <p>The clients live in a {@link LocalMap} of the Vert.x instance, so two Vert.x instances in one
 * JVM never share one, and the count of users is changed atomically by the map.
 */
public final class SharedClients {
    private static final String MAP = "io.boto4j.examples.vertx.clients";

    /** A client being created or created, and how many verticles use it. */
    private static final class Entry implements Shareable {
        final Future<AsyncClient> client;
        int users = 1;

        Entry(Future<AsyncClient> client) {
            this.client = client;
        }
    }

    private SharedClients() {
    }

    /**
     * The client named {@code name} of this Vert.x instance: created by {@code create} for the
     * first caller, the same client for the others. The future completes on the caller's context.
     * A failed creation is forgotten, so that a later deployment tries again.
     */
    public static Future<AsyncClient> acquire(Vertx vertx, String name, Function<Vertx, Future<AsyncClient>> create) {
        Objects.requireNonNull(create, "create");
        LocalMap<String, Entry> clients = clients(vertx);
        Entry entry = clients.compute(Objects.requireNonNull(name, "name"), (key, existing) -> {
            if (existing == null) {
                return new Entry(create.apply(vertx));
            }
            existing.users++;
            return existing;
        });
        entry.client.onFailure(failure -> clients.computeIfPresent(name, (key, e) -> e == entry ? null : e));
        // The shared future completes on the context of the verticle that created the client; each
        // caller must go on on its own context (its event loop), where it registers its handlers.
        return Future.fromCompletionStage(entry.client.toCompletionStage(), vertx.getOrCreateContext());
    }

    /** Gives back one use of the client; the last one closes it. */
    public static Future<Void> release(Vertx vertx, String name) {
        Entry[] last = new Entry[1];
        clients(vertx).computeIfPresent(Objects.requireNonNull(name, "name"), (key, entry) -> {
            if (--entry.users > 0) {
                return entry;
            }
            last[0] = entry;
            return null;
        });
        if (last[0] == null) {
            return Future.succeededFuture();
        }
        return last[0].client.transform(created -> created.succeeded() ? created.result().close() : Future.succeededFuture());
    }

    /** How many verticles use the client named {@code name} (0 when there is none). */
    public static int users(Vertx vertx, String name) {
        Entry entry = clients(vertx).get(name);
        return entry == null ? 0 : entry.users;
    }

    private static LocalMap<String, Entry> clients(Vertx vertx) {
        return Objects.requireNonNull(vertx, "vertx").sharedData().getLocalMap(MAP);
    }
}
