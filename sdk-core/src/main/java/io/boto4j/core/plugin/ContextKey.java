package io.boto4j.core.plugin;

import java.util.Objects;

/**
 * A typed key for per-call state that hooks share ({@link CallContext#get}, {@link CallContext#put}):
 * one constant per piece of state, so that a value's type is checked by the compiler rather than
 * by a cast at each reader, and two plugins cannot clash on a string name. Keys compare by
 * identity; the name is for {@code toString} and debugging only.
 *
 * @param <T> the type of the value the key holds
 */
public final class ContextKey<T> {
    private final String name;

    private ContextKey(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * A new key; keep it in a {@code static final} field and share it between the hooks that use it.
     *
     * @param <T>  the type of the value the key holds
     * @param name a descriptive name for debugging, e.g. {@code "s3.redirectRegion"}; need not be unique
     * @return a new key, distinct from every other key whatever its name
     * @throws NullPointerException when {@code name} is null
     */
    public static <T> ContextKey<T> named(String name) {
        return new ContextKey<>(name);
    }

    /**
     * The name given at creation.
     *
     * @return the key's name
     */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "ContextKey[" + name + "]";
    }
}
