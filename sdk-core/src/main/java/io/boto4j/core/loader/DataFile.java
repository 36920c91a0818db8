package io.boto4j.core.loader;

import java.util.Objects;

/**
 * One document of one source. Equal when the source ids and paths are equal, so the same
 * file reached through two loaders (or two {@link ModelSource} instances of one directory)
 * shares one parsed copy.
 */
record DataFile(ModelSource source, String path) {

    @Override
    public boolean equals(Object o) {
        return o instanceof DataFile other && source.id().equals(other.source.id()) && path.equals(other.path);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source.id(), path);
    }

    @Override
    public String toString() {
        return source.id() + "!" + path;
    }
}
