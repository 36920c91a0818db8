package io.boto4j.cli;

import io.boto4j.cli.args.ArgumentParser;
import io.boto4j.cli.args.CommandLine;
import io.boto4j.cli.args.UsageException;
import io.boto4j.cli.calls.Clients;
import io.boto4j.cli.commands.Help;
import io.boto4j.cli.commands.MethodCommand;
import io.boto4j.cli.commands.OperationCommand;
import io.boto4j.cli.commands.ServiceCommands;
import io.boto4j.cli.commands.StdStreams;
import io.boto4j.cli.commands.Version;
import io.boto4j.cli.commands.WaitCommand;
import io.boto4j.cli.debug.DebugLog;
import io.boto4j.cli.s3.S3Commands;
import io.boto4j.cli.values.CliJson;
import io.boto4j.cli.values.ValueFiles;
import io.boto4j.core.ServiceException;
import io.boto4j.core.auth.credentials.CredentialsException;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.config.ConfigException;
import io.boto4j.core.EndpointResolutionException;
import io.boto4j.core.http.Redaction;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.paginate.PaginatorModel;
import io.boto4j.core.ParamValidationException;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line, runnable in-process: reads the words, runs the command, and turns every
 * outcome into output and an exit code (see {@link ExitCodes}).
 */
public final class Cli {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final ConfigEnvironment environment;
    private final boolean errIsTerminal;

    /**
     * A CLI that writes to {@code out} and {@code err}, reads stdin from this process's, and
     * treats {@code err} as no terminal (no progress bars).
     *
     * @param out         where outputs go (JSON, text or a table, as {@code --output} says)
     * @param err         where errors, warnings and {@code --debug} lines go
     * @param environment the environment variables and home directory that configuration is read
     *                    from, as the AWS CLI reads them ({@link ConfigEnvironment#system()} for this process's)
     */
    public Cli(PrintStream out, PrintStream err, ConfigEnvironment environment) {
        this(System.in, out, err, environment, false);
    }

    /**
     * A CLI on the given streams.
     *
     * @param in            what {@code -} reads ({@code s3 cp - s3://b/k})
     * @param out           where outputs go (JSON, text or a table, as {@code --output} says)
     * @param err           where errors, warnings, {@code --debug} lines and progress bars go
     * @param environment   the environment variables and home directory that configuration is read from
     * @param errIsTerminal whether {@code err} is a terminal, where transfers draw a progress bar
     */
    public Cli(InputStream in, PrintStream out, PrintStream err, ConfigEnvironment environment,
               boolean errIsTerminal) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.environment = environment;
        this.errIsTerminal = errIsTerminal;
    }

    /**
     * The CLI of this process: its stdin, stdout, stderr, environment variables and home directory.
     *
     * @return a CLI that draws progress bars when stderr is a terminal
     */
    public static Cli forProcess() {
        return new Cli(System.in, System.out, System.err, ConfigEnvironment.system(), StderrTerminal.detect());
    }

    /**
     * Runs one command line, as {@code ./boto4j} would with these arguments; never throws for a
     * failed command, which is reported on {@code err} instead.
     *
     * @param args the arguments after the program's name, e.g. {@code s3api list-buckets --output text}
     * @return the exit code, one of {@link ExitCodes}
     */
    public int run(String... args) {
        try {
            Clients clients = new Clients(environment);
            ServiceCommands commands = new ServiceCommands(clients, Map.of(S3Commands.SERVICE, S3Commands.all()));
            CommandLine cmd = ArgumentParser.parse(commands, args);
            DebugLog.configure(err, cmd.debug());
            dispatch(clients, commands, cmd);
            return ExitCodes.OK;
        } catch (UsageException e) {
            err.println("boto4j: error: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (ParamValidationException e) {
            err.println("boto4j: error: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (ServiceException e) {
            err.print(CliJson.write(serviceError(e)));
            return ExitCodes.SERVICE_ERROR;
        } catch (RuntimeException e) {
            err.println("boto4j: error: " + Redaction.text(message(e)));
            return isConfiguration(e) ? ExitCodes.CONFIG : ExitCodes.FAILURE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private void dispatch(Clients clients, ServiceCommands commands, CommandLine cmd) {
        List<String> words = cmd.words();
        if (cmd.version()) {
            Version.print(clients.loader(), out);
            return;
        }
        if (words.isEmpty()) {
            throw new UsageException("no service given\n" + Help.USAGE);
        }
        ValueFiles files = new ValueFiles(environment.home());
        if (words.get(0).equals("help")) {
            expectWords(cmd, 1);
            Help.services(clients.loader(), out);
            return;
        }
        ServiceModel model = clients.model(words.get(0));
        if (words.size() == 1) {
            throw new UsageException("no operation given for " + model.serviceName() + "; see './boto4j "
                    + model.serviceName() + " help'");
        }
        String service = model.serviceName();
        switch (words.get(1)) {
            case "help" -> {
                expectWords(cmd, 2);
                Help.service(model, paginated(clients, model), WaitCommand.waiterNames(clients, model),
                        commands.builtIns(service), commands.methods(service), out);
            }
            case "wait" -> new WaitCommand(clients, files, cmd, model, out).run();
            default -> run(commands.resolve(model, words.get(1)), clients, files, cmd);
        }
    }

    /** Runs the operation, built-in command or custom method the words name, or shows its help. */
    private void run(ServiceCommands.Named named, Clients clients, ValueFiles files, CommandLine cmd) {
        boolean help = cmd.words().size() == 3 && cmd.words().get(2).equals("help");
        if (named instanceof ServiceCommands.BuiltIn builtIn) {
            // Its own words follow (s3 cp SRC DST): "help" is help only as the one word after it.
            if (help) {
                builtIn.command().help(out);
            } else {
                builtIn.command().run(clients, files, cmd, new StdStreams(in, out, err, errIsTerminal));
            }
            return;
        }
        if (!help) {
            expectWords(cmd, 2);
        }
        if (named instanceof ServiceCommands.Operation operation) {
            if (help) {
                Help.operation(operation.model(), out);
            } else {
                new OperationCommand(clients, files, cmd, operation.model(), out).run();
            }
        } else {
            ServiceCommands.Method method = (ServiceCommands.Method) named;
            if (help) {
                Help.method(method, out);
            } else {
                new MethodCommand(clients, files, cmd, method, new StdStreams(in, out, err, errIsTerminal)).run();
            }
        }
    }

    private static Set<String> paginated(Clients clients, ServiceModel model) {
        return clients.loader().paginators(model.serviceName(), model.apiVersion())
                .map(PaginatorModel::fromJson).map(PaginatorModel::operations).orElse(Set.of());
    }

    private static void expectWords(CommandLine cmd, int count) {
        if (cmd.words().size() > count) {
            throw new UsageException("unexpected argument '" + cmd.words().get(count) + "'");
        }
    }

    private static Map<String, Object> serviceError(ServiceException e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", e.errorCode());
        json.put("message", e.errorMessage());
        json.put("status", e.statusCode());
        json.put("requestId", e.requestId());
        return json;
    }

    /** The message that names the problem: a configuration error's own, else the exception's. */
    private static String message(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if ((t instanceof CredentialsException || t instanceof ConfigException) && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }

    /** No credentials, no region, an unknown profile or unusable endpoint settings. */
    private static boolean isConfiguration(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CredentialsException || t instanceof ConfigException
                    || t instanceof EndpointResolutionException
                    || (t.getMessage() != null && t.getMessage().contains("Unable to locate credentials"))) {
                return true;
            }
        }
        return false;
    }
}
