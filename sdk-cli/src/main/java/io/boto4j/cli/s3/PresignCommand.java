package io.boto4j.cli.s3;

import io.boto4j.cli.args.CommandLine;
import io.boto4j.cli.args.InputOptions;
import io.boto4j.cli.args.UsageException;
import io.boto4j.cli.calls.Clients;
import io.boto4j.cli.calls.ServiceCalls;
import io.boto4j.cli.commands.BuiltInCommand;
import io.boto4j.cli.commands.StdStreams;
import io.boto4j.cli.values.ValueFiles;
import io.boto4j.core.client.CoreMethods;
import io.boto4j.core.ParamValidationException;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ./boto4j s3 presign s3://BUCKET/KEY [--expires-in SECONDS]}: prints a URL that downloads
 * the object (GetObject, query-signed), and nothing else, as {@code aws s3 presign} does, through
 * the core's {@link CoreMethods#GENERATE_PRESIGNED_URL}: the S3 plugin's addressing, the endpoint
 * rules and the session token apply as for a real call. The expiry is checked by the core (1
 * second to 7 days), before anything else.
 */
final class PresignCommand implements BuiltInCommand {
    private static final String COMMAND = "s3 presign";
    private static final String EXPIRES_IN = "ExpiresIn";
    private static final InputOptions OPTIONS = InputOptions.builder(COMMAND)
            .option(EXPIRES_IN, "an integer (seconds)")
            .build();

    @Override
    public String name() {
        return "presign";
    }

    @Override
    public String synopsis() {
        return "s3://BUCKET/KEY [--expires-in SECONDS]";
    }

    @Override
    public String summary() {
        return "prints a URL that downloads an object without credentials, for a while";
    }

    @Override
    public InputOptions options() {
        return OPTIONS;
    }

    @Override
    public void help(PrintStream out) {
        out.println("usage: ./boto4j s3 presign " + synopsis());
        out.println();
        out.println("Prints a presigned URL that downloads the object (GetObject) when fetched, with no");
        out.println("credentials: its signature is in its query string (SigV4), and it stops working after");
        out.println("--expires-in seconds: 1 to 604800 (7 days), 3600 when not given. Anyone holding the URL");
        out.println("can fetch the object until then. Needs credentials and a region, sends nothing.");
    }

    @Override
    public void run(Clients clients, ValueFiles files, CommandLine cmd, StdStreams streams) {
        S3Commands.refuseOperationOptions(cmd, COMMAND);
        String typed = S3Commands.positional(cmd, 1, "s3 presign " + synopsis()).get(0);
        if (!S3Location.is(typed)) {
            throw new UsageException(COMMAND + ": '" + typed + "' is not an S3 location; write s3://BUCKET/KEY");
        }
        S3Location object = S3Location.parse(typed, COMMAND);
        if (object.isPrefix()) {
            throw new UsageException(COMMAND + ": " + object + " names no object; write s3://BUCKET/KEY");
        }
        Duration expiry = expiry(cmd.argument(EXPIRES_IN));
        URI url;
        try (ServiceCalls calls = clients.open(S3Commands.SERVICE, cmd)) {
            url = calls.call(CoreMethods.GENERATE_PRESIGNED_URL, Map.of(
                    "Operation", "GetObject",
                    "Params", Map.of("Bucket", object.bucket(), "Key", object.key()),
                    "ExpiresIn", expiry));
        } catch (ParamValidationException e) {
            throw inOptionTerms(e);
        }
        streams.out().println(url);
    }

    private static Duration expiry(String text) {
        if (text == null) {
            return CoreMethods.DEFAULT_PRESIGN_EXPIRY;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            throw new UsageException("--expires-in expects a number of seconds (1 to 604800), not '" + text + "'");
        }
    }

    /** The core's findings, the expiry's named as the option that set it. */
    private static UsageException inOptionTerms(ParamValidationException e) {
        List<String> problems = new ArrayList<>();
        for (ParamValidationException.Problem p : e.problems()) {
            problems.add(p.path().equals(EXPIRES_IN) ? "--expires-in: " + p.message() : p.message());
        }
        return new UsageException(COMMAND + ": " + String.join("; ", problems), e);
    }
}
