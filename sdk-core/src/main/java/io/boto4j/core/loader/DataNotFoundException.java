package io.boto4j.core.loader;

import io.boto4j.core.model.ModelException;

/** A known service lacks the requested data (a pinned API version, a top-level file...). */
public final class DataNotFoundException extends ModelException {
    private static final long serialVersionUID = 1L;
    DataNotFoundException(String message) {
        super(message);
    }
}
