package io.boto4j.cli.commands;

import io.boto4j.cli.args.InputOptions;
import io.boto4j.cli.args.OperationNames;
import io.boto4j.cli.calls.Clients;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;

import java.util.List;

/**
 * The operation a command line's words name: {@code <service> <operation>}, or for
 * {@code <service> wait <waiter>} the operation the waiter polls. Its input members are the
 * command's member options.
 */
public final class NamedOperation implements InputOptions.Lookup {
    private final Clients clients;

    public NamedOperation(Clients clients) {
        this.clients = clients;
    }

    /** The operation the words name, or null when they name none (yet): {@code help}, a service alone. */
    public OperationModel operation(List<String> words) {
        if (words.size() < 2 || words.get(0).equals("help") || words.get(1).equals("help")) {
            return null;
        }
        ServiceModel model = clients.model(words.get(0));
        if (words.get(1).equals("wait")) {
            return words.size() < 3 ? null
                    : model.operation(WaitCommand.waiter(clients, model, words.get(2)).operation());
        }
        return model.operation(OperationNames.resolve(model, words.get(1)));
    }

    @Override
    public InputOptions find(List<String> words) {
        OperationModel operation = operation(words);
        return operation == null ? null : InputOptions.of(operation);
    }
}
