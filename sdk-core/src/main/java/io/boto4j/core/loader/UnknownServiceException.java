package io.boto4j.core.loader;

import io.boto4j.core.model.ModelException;
import io.boto4j.core.model.Names;

import java.util.Collection;
import java.util.List;

/** No model source has a service model under the requested name. */
public final class UnknownServiceException extends ModelException {
    private static final long serialVersionUID = 1L;

    /** The name that was asked for. */
    private final String serviceName;
    /** The known names closest to {@link #serviceName}. */
    private final List<String> suggestions;

    UnknownServiceException(String serviceName, Collection<String> knownServices) {
        super("unknown service '" + serviceName + "'" + Names.didYouMean(serviceName, knownServices)
                + " (" + knownServices.size() + " services known)");
        this.serviceName = serviceName;
        this.suggestions = List.copyOf(Names.closest(serviceName, knownServices, 5));
    }

    /**
     * The service name that was asked for.
     *
     * @return the name as given, e.g. {@code dynamdb}
     */
    public String serviceName() {
        return serviceName;
    }

    /**
     * The known service names closest to the requested one, closest first.
     *
     * @return at most five names; immutable, may be empty
     */
    public List<String> suggestions() {
        return suggestions;
    }
}
