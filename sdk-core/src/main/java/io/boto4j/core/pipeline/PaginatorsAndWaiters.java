package io.boto4j.core.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boto4j.core.SdkClientException;
import io.boto4j.core.ServiceException;
import io.boto4j.core.model.Names;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ShapeType;
import io.boto4j.core.paginate.PageIterator;
import io.boto4j.core.paginate.PaginationConfig;
import io.boto4j.core.paginate.Paginator;
import io.boto4j.core.paginate.PaginatorDefinition;
import io.boto4j.core.paginate.PaginatorModel;
import io.boto4j.core.waiter.ErrorInfo;
import io.boto4j.core.waiter.Waiter;
import io.boto4j.core.waiter.WaiterConfig;
import io.boto4j.core.waiter.WaiterDefinition;
import io.boto4j.core.waiter.WaiterModel;
import io.boto4j.core.waiter.WaiterResult;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** botocore's paginators and waiters over a runtime's calls, their documents read on first use. */
final class PaginatorsAndWaiters {
    private final ServiceRuntime runtime;
    private final Function<String, Optional<JsonNode>> documents;
    private volatile PaginatorModel paginatorModel;
    private volatile WaiterModel waiterModel;

    PaginatorsAndWaiters(ServiceRuntime runtime, Function<String, Optional<JsonNode>> documents) {
        this.runtime = runtime;
        this.documents = documents;
    }

    Set<String> paginatedOperations() {
        return paginators().operations();
    }

    PageIterator paginate(String operation, Map<String, ?> input, PaginationConfig config) {
        String service = runtime.model().serviceName();
        PaginatorDefinition definition = paginators().find(operation).orElseThrow(() -> new SdkClientException(
                service + "." + operation + " has no paginator" + Names.didYouMean(operation, paginators().operations())));
        OperationModel op = runtime.model().operation(operation);
        boolean limitIsString = definition.limitKey() != null && op.inputShape() != null
                && op.inputShape().member(definition.limitKey()) != null
                && op.inputShape().member(definition.limitKey()).type() == ShapeType.STRING;
        Paginator paginator = new Paginator(definition, page -> runtime.output(operation, page), limitIsString);
        return paginator.paginate(new LinkedHashMap<>(input), config == null ? PaginationConfig.NONE : config);
    }

    Set<String> waiterNames() {
        return waiters().names();
    }

    CompletableFuture<WaiterResult> waitFor(String waiterName, Map<String, ?> input, WaiterConfig config) {
        WaiterDefinition definition = waiters().find(waiterName).orElseThrow(() -> new SdkClientException(
                runtime.model().serviceName() + " has no waiter " + waiterName
                        + Names.didYouMean(waiterName, waiters().names())));
        Waiter waiter = new Waiter(definition, in -> runtime.output(definition.operation(), in),
                failure -> ServiceRuntime.unwrap(failure) instanceof ServiceException e
                        ? Optional.of(new ErrorInfo(e.errorCode(), e.errorMessage(), e.statusCode()))
                        : Optional.empty(),
                runtime.delayer());
        return waiter.waitFor(new LinkedHashMap<>(input), config == null ? WaiterConfig.DEFAULTS : config)
                .toCompletableFuture();
    }

    private PaginatorModel paginators() {
        PaginatorModel p = paginatorModel;
        if (p == null) {
            p = PaginatorModel.fromJson(documents.apply("paginators-1").orElse(JsonNodeFactory.instance.objectNode()));
            paginatorModel = p;
        }
        return p;
    }

    private WaiterModel waiters() {
        WaiterModel w = waiterModel;
        if (w == null) {
            ObjectNode empty = JsonNodeFactory.instance.objectNode();
            empty.put("version", 2).putObject("waiters");
            w = WaiterModel.fromJson(documents.apply("waiters-2").orElse(empty));
            waiterModel = w;
        }
        return w;
    }
}
