package io.boto4j.cli;

import io.boto4j.cli.args.ArgumentParser;
import io.boto4j.cli.args.CommandLine;
import io.boto4j.cli.args.OperationNames;
import io.boto4j.cli.args.UsageException;
import io.boto4j.cli.calls.Clients;
import io.boto4j.cli.commands.Help;
import io.boto4j.cli.commands.NamedOperation;
import io.boto4j.cli.commands.OperationCommand;
import io.boto4j.cli.commands.Version;
import io.boto4j.cli.commands.WaitCommand;
import io.boto4j.cli.debug.DebugLog;
import io.boto4j.cli.values.CliJson;
import io.boto4j.cli.values.ValueFiles;
import io.boto4j.core.ServiceException;
import io.boto4j.core.auth.credentials.CredentialsException;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.config.ConfigException;
import io.boto4j.core.endpoints.EndpointResolutionException;
import io.boto4j.core.http.Redaction;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.paginate.PaginatorModel;
import io.boto4j.core.validation.ParamValidationException;

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
    private final PrintStream out;
    private final PrintStream err;
    private final ConfigEnvironment environment;

    public Cli(PrintStream out, PrintStream err, ConfigEnvironment environment) {
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    /** The CLI of this process: its stdout, stderr, environment variables and home directory. */
    public static Cli forProcess() {
        return new Cli(System.out, System.err, ConfigEnvironment.system());
    }

    /** Runs one command line; returns the exit code. */
    public int run(String... args) {
        try {
            Clients clients = new Clients(environment);
            CommandLine cmd = ArgumentParser.parse(new NamedOperation(clients), args);
            DebugLog.configure(err, cmd.debug());
            dispatch(clients, cmd);
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

    private void dispatch(Clients clients, CommandLine cmd) {
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
        switch (words.get(1)) {
            case "help" -> {
                expectWords(cmd, 2);
                Help.operations(model, paginated(clients, model), WaitCommand.waiterNames(clients, model), out);
            }
            case "wait" -> new WaitCommand(clients, files, cmd, model, out).run();
            default -> {
                String operation = OperationNames.resolve(model, words.get(1));
                if (words.size() == 3 && words.get(2).equals("help")) {
                    Help.operation(model.operation(operation), out);
                    return;
                }
                expectWords(cmd, 2);
                new OperationCommand(clients, files, cmd, model.operation(operation), out).run();
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
