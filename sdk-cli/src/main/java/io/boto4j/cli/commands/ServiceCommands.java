package io.boto4j.cli.commands;

import io.boto4j.cli.args.InputOptions;
import io.boto4j.cli.args.OperationNames;
import io.boto4j.cli.args.UsageException;
import io.boto4j.cli.calls.Clients;
import io.boto4j.cli.values.MethodInput;
import io.boto4j.core.model.Names;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.CustomMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the word after a service names: one of its model's operations, first; else one of the
 * service's built-in commands (S3's {@code cp}, {@code presign}); else a custom method of its
 * clients ({@code upload-file} for {@code UploadFile}). The options of that command are the
 * command line's options beyond boto4j's own.
 */
public final class ServiceCommands implements InputOptions.Lookup {
    /** What a command line's words name for a service. */
    public sealed interface Named permits Operation, Method, BuiltIn {
    }

    /** An operation of the service's model. */
    public record Operation(OperationModel model) implements Named {
    }

    /** A custom method of the service's clients. */
    public record Method(String service, CustomMethod<?> method) implements Named {
        /** How the command line names it, for messages: "s3 upload-file". */
        public String command() {
            return service + " " + OperationNames.kebab(method.name());
        }
    }

    /** A built-in command of the service. */
    public record BuiltIn(BuiltInCommand command) implements Named {
    }

    private final Clients clients;
    private final Map<String, List<BuiltInCommand>> builtIns;

    /**
     * The commands of the services {@code clients} knows.
     *
     * @param builtIns the built-in commands, by service ({@code s3} to {@code cp} and {@code presign})
     */
    public ServiceCommands(Clients clients, Map<String, List<BuiltInCommand>> builtIns) {
        this.clients = clients;
        this.builtIns = Map.copyOf(builtIns);
    }

    /** The service's built-in commands; none for most. */
    public List<BuiltInCommand> builtIns(String service) {
        return builtIns.getOrDefault(service, List.of());
    }

    /** The custom methods of the service's clients, by name. */
    public List<CustomMethod<?>> methods(String service) {
        return clients.methods(service);
    }

    /**
     * What {@code typed} names for the service: an operation, a built-in command or a custom method.
     *
     * @throws UsageException naming the closest names when it names none of them
     */
    public Named resolve(ServiceModel model, String typed) {
        Optional<String> operation = OperationNames.find(model, typed);
        if (operation.isPresent()) {
            return new Operation(model.operation(operation.get()));
        }
        String service = model.serviceName();
        for (BuiltInCommand command : builtIns(service)) {
            if (command.name().equals(typed)) {
                return new BuiltIn(command);
            }
        }
        for (CustomMethod<?> method : methods(service)) {
            if (OperationNames.matches(method.name(), typed)) {
                return new Method(service, method);
            }
        }
        List<String> known = new ArrayList<>();
        model.operationNames().forEach(name -> known.add(OperationNames.kebab(name)));
        builtIns(service).forEach(command -> known.add(command.name()));
        methods(service).forEach(method -> known.add(OperationNames.kebab(method.name())));
        throw new UsageException("unknown operation '" + typed + "' for " + service + Names.didYouMean(typed, known)
                + "; see './boto4j " + service + " help'");
    }

    @Override
    public InputOptions find(List<String> words) {
        if (words.size() < 2 || words.get(0).equals("help") || words.get(1).equals("help")) {
            return null;
        }
        ServiceModel model = clients.model(words.get(0));
        if (words.get(1).equals("wait")) {
            return words.size() < 3 ? null
                    : InputOptions.of(model.operation(WaitCommand.waiter(clients, model, words.get(2)).operation()));
        }
        Named named = resolve(model, words.get(1));
        if (named instanceof Operation operation) {
            return InputOptions.of(operation.model());
        }
        if (named instanceof Method method) {
            return MethodInput.options(method.command(), method.method());
        }
        return ((BuiltIn) named).command().options();
    }
}
