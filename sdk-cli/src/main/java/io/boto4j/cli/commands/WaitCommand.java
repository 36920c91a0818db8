package io.boto4j.cli.commands;

import io.boto4j.cli.args.CommandLine;
import io.boto4j.cli.args.OperationNames;
import io.boto4j.cli.args.UsageException;
import io.boto4j.cli.calls.Clients;
import io.boto4j.cli.calls.ServiceCalls;
import io.boto4j.cli.values.CommandInput;
import io.boto4j.cli.values.ValueFiles;
import io.boto4j.core.model.Names;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.waiter.WaiterDefinition;
import io.boto4j.core.waiter.WaiterModel;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ./boto4j <service> wait <waiter> [--params JSON] [--member-option V...]}: polls until the waiter's condition
 * holds. Prints nothing and exits 0 on success, as the AWS CLI does; a waiter that fails or
 * times out is an error naming the reason.
 */
public final class WaitCommand {
    private final Clients clients;
    private final CommandLine cmd;
    private final ValueFiles files;
    private final ServiceModel model;
    private final PrintStream out;

    public WaitCommand(Clients clients, ValueFiles files, CommandLine cmd, ServiceModel model, PrintStream out) {
        this.clients = clients;
        this.files = files;
        this.cmd = cmd;
        this.model = model;
        this.out = out;
    }

    /** The waiter names of a service, in model order; empty when it has none. */
    public static List<String> waiterNames(Clients clients, ServiceModel model) {
        return waiters(clients, model).map(m -> List.copyOf(m.names())).orElse(List.of());
    }

    private static Optional<WaiterModel> waiters(Clients clients, ServiceModel model) {
        return clients.loader().waiters(model.serviceName(), model.apiVersion()).map(WaiterModel::fromJson);
    }

    public void run() {
        String typed = cmd.word(2);
        if (typed == null) {
            throw new UsageException("no waiter given; see './boto4j " + model.serviceName() + " help'");
        }
        if (cmd.words().size() > 3) {
            throw new UsageException("unexpected argument '" + cmd.word(3) + "'");
        }
        if (cmd.dryRun() || cmd.paginate() || cmd.skeleton() || cmd.outputFile() != null) {
            throw new UsageException("wait takes --params and the options of the operation it polls only");
        }
        WaiterDefinition definition = waiter(clients, model, typed);
        OperationModel operation = model.operation(definition.operation());
        Map<String, Object> input = CommandInput.of(operation, cmd, files);
        try (ServiceCalls calls = clients.open(model.serviceName(), cmd)) {
            calls.waitUntil(definition.name(), input);
        }
        out.flush();
    }

    /** The waiter the user typed ({@code table-exists} or {@code TableExists}), or a usage error with the closest names. */
    static WaiterDefinition waiter(Clients clients, ServiceModel model, String typed) {
        List<String> names = waiterNames(clients, model);
        String key = typed.replace("-", "").toLowerCase(Locale.ROOT);
        for (String name : names) {
            if (name.toLowerCase(Locale.ROOT).equals(key)) {
                return waiters(clients, model).orElseThrow().definition(name);
            }
        }
        List<String> kebab = new ArrayList<>();
        names.forEach(n -> kebab.add(OperationNames.kebab(n)));
        throw new UsageException("unknown waiter '" + typed + "' for " + model.serviceName()
                + (names.isEmpty() ? " (it has no waiters)" : Names.didYouMean(typed, kebab)));
    }
}
