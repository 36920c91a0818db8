package io.boto4j.cli.commands;

import io.boto4j.cli.args.CommandLine;
import io.boto4j.cli.args.UsageException;
import io.boto4j.cli.calls.Clients;
import io.boto4j.cli.calls.ServiceCalls;
import io.boto4j.cli.transfer.TransferSession;
import io.boto4j.cli.values.CliJson;
import io.boto4j.cli.values.MethodInput;
import io.boto4j.cli.values.ValueFiles;
import io.boto4j.core.plugin.CustomMethod;

import java.util.Map;

/**
 * A custom method of a service's clients, called like an operation
 * ({@code ./boto4j s3 upload-file --filename f --bucket b --key k}): its arguments from its
 * options and {@code --params} ({@link MethodInput}), a progress listener and a cancellation
 * given by the command line where the method takes them ({@link TransferSession}), its result
 * printed as JSON (a record as its components, a URL as a string).
 */
public final class MethodCommand {
    private final Clients clients;
    private final ValueFiles files;
    private final CommandLine cmd;
    private final ServiceCommands.Method named;
    private final StdStreams streams;

    public MethodCommand(Clients clients, ValueFiles files, CommandLine cmd, ServiceCommands.Method named,
                         StdStreams streams) {
        this.clients = clients;
        this.files = files;
        this.cmd = cmd;
        this.named = named;
        this.streams = streams;
    }

    public void run() {
        if (cmd.dryRun() || cmd.paginate() || cmd.skeleton() || cmd.outputFile() != null) {
            throw new UsageException(named.command() + " is a custom method: it takes its parameters' options and"
                    + " --params, not --dry-run, --paginate, --skeleton or --output-file; see './boto4j "
                    + named.command() + " help'");
        }
        CustomMethod<?> method = named.method();
        Map<String, Object> arguments = MethodInput.of(named.command(), method, cmd, files, streams.in());
        Object result;
        try (ServiceCalls calls = clients.open(named.service(), cmd);
             TransferSession session = TransferSession.open(method, arguments, streams.progressBar(true),
                     streams.err())) {
            result = calls.callMethod(method.name(), arguments);
        }
        if (result != null) {
            streams.out().print(CliJson.write(result));
        }
    }
}
