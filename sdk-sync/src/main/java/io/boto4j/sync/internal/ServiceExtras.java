package io.boto4j.sync.internal;

import io.boto4j.core.ServiceException;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.loader.ModelLoader;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.paginate.PaginatorModel;
import io.boto4j.core.waiter.ErrorInfo;
import io.boto4j.core.waiter.WaiterModel;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * A service's paginator and waiter definitions, loaded on first use (most clients never
 * paginate or wait) from the same places as its model.
 */
public final class ServiceExtras {
    private final ServiceModel model;
    private final ClientConfig config;
    private volatile PaginatorModel paginators;
    private volatile Optional<WaiterModel> waiters;

    public ServiceExtras(ServiceModel model, ClientConfig config) {
        this.model = model;
        this.config = config;
    }

    private ModelLoader loader() {
        ConfigEnvironment env = config.environment() != null ? config.environment() : ConfigEnvironment.system();
        return ModelLoader.builder().environment(env.variables()).home(env.home()).build();
    }

    public PaginatorModel paginators() {
        PaginatorModel p = paginators;
        if (p == null) {
            p = PaginatorModel.fromJson(loader().paginators(model.serviceName(), model.apiVersion())
                    .orElse(JsonNodeFactory.instance.objectNode()));
            paginators = p;
        }
        return p;
    }

    /** The waiters, or empty when the service defines none. */
    public Optional<WaiterModel> waiters() {
        Optional<WaiterModel> w = waiters;
        if (w == null) {
            w = loader().waiters(model.serviceName(), model.apiVersion()).map(WaiterModel::fromJson);
            waiters = w;
        }
        return w;
    }

    /** What a waiter's error acceptors match: the service's error code, from a {@link ServiceException}. */
    public static Optional<ErrorInfo> errorInfo(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof ServiceException e
                ? Optional.of(new ErrorInfo(e.errorCode(), e.errorMessage(), e.statusCode()))
                : Optional.empty();
    }
}
