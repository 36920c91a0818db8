package io.boto4j.core.loader;

import io.boto4j.core.model.ModelException;
import io.boto4j.core.model.Names;

import java.util.Collection;
import java.util.List;

/** No model source has a service model under the requested name. */
public final class UnknownServiceException extends ModelException {
    private static final long serialVersionUID = 1L;
    private final String serviceName;
    private final List<String> suggestions;

    UnknownServiceException(String serviceName, Collection<String> knownServices) {
        super("unknown service '" + serviceName + "'" + Names.didYouMean(serviceName, knownServices)
                + " (" + knownServices.size() + " services known)");
        this.serviceName = serviceName;
        this.suggestions = List.copyOf(Names.closest(serviceName, knownServices, 5));
    }

    public String serviceName() {
        return serviceName;
    }

    /** The known service names closest to the requested one, closest first; may be empty. */
    public List<String> suggestions() {
        return suggestions;
    }
}
