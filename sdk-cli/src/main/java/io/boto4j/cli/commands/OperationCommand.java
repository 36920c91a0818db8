package io.boto4j.cli.commands;

import io.boto4j.cli.args.CommandLine;
import io.boto4j.cli.args.OperationNames;
import io.boto4j.cli.args.UsageException;
import io.boto4j.cli.calls.Clients;
import io.boto4j.cli.calls.DryRun;
import io.boto4j.cli.calls.ServiceCalls;
import io.boto4j.cli.output.AtomicFile;
import io.boto4j.cli.output.StreamedOutput;
import io.boto4j.cli.values.CliJson;
import io.boto4j.cli.values.CommandInput;
import io.boto4j.cli.values.ValueFiles;
import io.boto4j.core.SdkClientException;
import io.boto4j.core.ServiceException;
import io.boto4j.core.model.InputSkeleton;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.paginate.PaginationConfig;
import io.boto4j.core.paginate.PaginatorModel;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** One operation of one service: its skeleton, a dry run, a call, or a pagination. */
public final class OperationCommand {
    private static final String OUTPUT_FILE = "--output-file";
    private static final String STDOUT = "-";

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
        String service = operation.service().serviceName();
        if (cmd.dryRun()) {
            if (cmd.paginate()) {
                throw new UsageException("--dry-run signs one request; it cannot be combined with --paginate");
            }
            Map<String, Object> input = CommandInput.of(operation, cmd, files);
            try (DryRun dryRun = clients.dryRun(service, cmd)) {
                out.print(CliJson.write(DryRunJson.of(dryRun.sign(operation.name(), input))));
            }
            return;
        }
        if (cmd.paginate()) {
            requirePaginator();
        }
        Path target = outputTarget();
        Map<String, Object> input = CommandInput.of(operation, cmd, files);
        try (ServiceCalls calls = clients.open(service, cmd)) {
            if (cmd.paginate()) {
                out.print(CliJson.write(paginate(calls, input)));
            } else {
                call(calls, input, target);
            }
        }
    }

    /**
     * Where a streamed output goes, checked before anything is sent: null for stdout ({@code -})
     * or when the operation streams nothing. A streamed body is never dropped unread.
     */
    private Path outputTarget() {
        Optional<Member> streamed = StreamedOutput.of(operation);
        String given = cmd.outputFile();
        String command = operation.service().serviceName() + " " + OperationNames.kebab(operation.name());
        if (streamed.isEmpty()) {
            if (given != null) {
                throw new UsageException(OUTPUT_FILE + " is for operations that stream their output (such as"
                        + " s3 get-object); " + command + " prints its whole output as JSON: leave " + OUTPUT_FILE + " out");
            }
            return null;
        }
        if (given == null) {
            throw new UsageException(command + " streams its " + streamed.get().name() + " as raw bytes: give "
                    + OUTPUT_FILE + " PATH to write it to a file, or " + OUTPUT_FILE + " - for stdout");
        }
        return given.equals(STDOUT) ? null : AtomicFile.checkWritable(given, OUTPUT_FILE);
    }

    private void call(ServiceCalls calls, Map<String, Object> input, Path target) {
        if (StreamedOutput.of(operation).isEmpty()) {
            out.print(CliJson.write(calls.call(operation.name(), input, null)));
        } else if (target == null) {
            // The body itself goes to stdout; the rest of the output would corrupt it.
            calls.call(operation.name(), input, out);
        } else {
            try (AtomicFile file = AtomicFile.create(target)) {
                Map<String, Object> result;
                try {
                    result = calls.call(operation.name(), input, file.stream());
                } catch (ServiceException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new SdkClientException(e.getMessage() + "; " + target + " was not written", e);
                }
                file.commit();
                out.print(CliJson.write(result));
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
