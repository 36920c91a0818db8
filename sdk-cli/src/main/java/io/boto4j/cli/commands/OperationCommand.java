package io.boto4j.cli.commands;

import io.boto4j.cli.args.CommandLine;
import io.boto4j.cli.args.UsageException;
import io.boto4j.cli.calls.Clients;
import io.boto4j.cli.calls.DryRun;
import io.boto4j.cli.calls.ServiceCalls;
import io.boto4j.cli.values.CliJson;
import io.boto4j.cli.values.CommandInput;
import io.boto4j.cli.values.ValueFiles;
import io.boto4j.core.model.InputSkeleton;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.paginate.PaginationConfig;
import io.boto4j.core.paginate.PaginatorModel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** One operation of one service: its skeleton, a dry run, a call, or a pagination. */
public final class OperationCommand {
    private final Clients clients;
    private final ValueFiles files;
    private final CommandLine cmd;
    private final OperationModel operation;
    private final PrintStream out;

    public OperationCommand(Clients clients, ValueFiles files, CommandLine cmd, OperationModel operation,
                            PrintStream out) {
        this.clients = clients;
        this.files = files;
        this.cmd = cmd;
        this.operation = operation;
        this.out = out;
    }

    public void run() {
        if (cmd.skeleton()) {
            out.print(CliJson.write(InputSkeleton.full(operation)));
            return;
        }
        Map<String, Object> input = CommandInput.of(operation, cmd, files);
        String service = operation.service().serviceName();
        if (cmd.dryRun()) {
            if (cmd.paginate()) {
                throw new UsageException("--dry-run signs one request; it cannot be combined with --paginate");
            }
            try (DryRun dryRun = clients.dryRun(service, cmd)) {
                out.print(CliJson.write(DryRunJson.of(dryRun.sign(operation.name(), input))));
            }
            return;
        }
        if (cmd.paginate()) {
            requirePaginator();
        }
        try (ServiceCalls calls = clients.open(service, cmd)) {
            if (cmd.paginate()) {
                out.print(CliJson.write(paginate(calls, input)));
            } else {
                call(calls, input);
            }
        }
    }

    private void call(ServiceCalls calls, Map<String, Object> input) {
        String target = cmd.outputFile();
        if (target == null) {
            out.print(CliJson.write(calls.call(operation.name(), input, null)));
        } else if (target.equals("-")) {
            // The body itself goes to stdout; the rest of the output would corrupt it.
            calls.call(operation.name(), input, out);
        } else {
            try (OutputStream file = Files.newOutputStream(Path.of(target))) {
                out.print(CliJson.write(calls.call(operation.name(), input, file)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
            }
        }
    }

    private Map<String, Object> paginate(ServiceCalls calls, Map<String, Object> input) {
        PaginationConfig config = new PaginationConfig(cmd.maxItems(), cmd.pageSize(), cmd.startingToken());
        return calls.paginateAll(operation.name(), input, config);
    }

    /** A usage error before anything is sent when the model has no paginator for the operation. */
    private void requirePaginator() {
        String service = operation.service().serviceName();
        boolean paginated = clients.loader().paginators(service, operation.service().apiVersion())
                .map(PaginatorModel::fromJson)
                .flatMap(m -> m.find(operation.name()))
                .isPresent();
        if (!paginated) {
            throw new UsageException(service + " " + operation.name() + " cannot be paginated"
                    + " (the model has no paginator for it)");
        }
    }
}
