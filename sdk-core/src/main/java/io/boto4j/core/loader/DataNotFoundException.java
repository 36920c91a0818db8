package io.boto4j.core.loader;

import io.boto4j.core.model.ModelException;

/** A known service lacks the requested data (a pinned API version, a top-level file...). */
public final class DataNotFoundException extends ModelException {
    DataNotFoundException(String message) {
        super(message);
    }
}
