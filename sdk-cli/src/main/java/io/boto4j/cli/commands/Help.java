package io.boto4j.cli.commands;

import io.boto4j.cli.args.InputOptions;
import io.boto4j.cli.args.OperationNames;
import io.boto4j.cli.output.StreamedOutput;
import io.boto4j.cli.transfer.TransferSession;
import io.boto4j.cli.values.MethodInput;
import io.boto4j.core.introspect.Introspection;
import io.boto4j.core.introspect.MemberInfo;
import io.boto4j.core.introspect.MethodInfo;
import io.boto4j.core.introspect.OperationInfo;
import io.boto4j.core.introspect.ShapeInfo;
import io.boto4j.core.loader.ModelLoader;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.core.plugin.MethodParameter;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@code ./boto4j help}, {@code ./boto4j <service> help}, and the help of one operation or
 * custom method, {@code ./boto4j <service> <operation|method> help}.
 */
public final class Help {
    public static final String USAGE = String.join("\n",
            "usage: ./boto4j [--endpoint-url URL] [--region R] [--profile P] [--no-sign-request] [--debug]",
            "                <service> <operation> [--<member> VALUE ...] [--params JSON|file://PATH]",
            "                [--paginate [--max-items N] [--page-size N] [--starting-token T]]",
            "                [--dry-run [--signing-time ISO-8601]] [--skeleton] [--output-file PATH|-]",
            "       ./boto4j <service> wait <waiter> [--<member> VALUE ...] [--params JSON|file://PATH]",
            "       ./boto4j <service> <method> [--<parameter> VALUE ...] [--params JSON|file://PATH]",
            "       ./boto4j s3 cp SRC DST [--quiet] [--no-progress]",
            "       ./boto4j s3 presign s3://BUCKET/KEY [--expires-in SECONDS]",
            "       ./boto4j <service> <operation|method|command> help",
            "       ./boto4j <service> help",
            "       ./boto4j help",
            "       ./boto4j --version",
            "Member options are the input's members in kebab case (--max-keys for MaxKeys); booleans are",
            "--flag/--no-flag, lists and structures JSON. A value may be file://PATH (the file's text) or",
            "fileb://PATH (its bytes, for blobs). Options win over the same member in --params.");

    private Help() {
    }

    public static void services(ModelLoader loader, PrintStream out) {
        out.println(USAGE);
        out.println();
        Collection<String> services = loader.knownServices();
        out.println("Services (" + services.size() + "):");
        for (String s : services) {
            out.println("  " + s);
        }
    }

    /**
     * A service's operations ({@code *} where paginated), waiters, built-in commands and the
     * custom methods of its clients.
     */
    public static void service(ServiceModel model, Collection<String> paginated, Collection<String> waiters,
                               List<BuiltInCommand> commands, List<CustomMethod<?>> methods, PrintStream out) {
        out.println(model.serviceName() + " (" + model.serviceId() + ", API " + model.apiVersion() + ", protocol "
                + model.protocol() + ")");
        out.println();
        out.println("Operations (" + model.operationNames().size() + "; * can be paginated):");
        for (String name : model.operationNames()) {
            out.println("  " + OperationNames.kebab(name) + (paginated.contains(name) ? " *" : ""));
        }
        if (!waiters.isEmpty()) {
            out.println();
            out.println("Waiters (./boto4j " + model.serviceName() + " wait <waiter>):");
            waiters.forEach(w -> out.println("  " + OperationNames.kebab(w)));
        }
        String service = model.serviceName();
        if (!commands.isEmpty()) {
            out.println();
            out.println("Commands (./boto4j " + service + " <command> help):");
            List<String[]> rows = new ArrayList<>();
            commands.forEach(c -> rows.add(new String[] {c.name(), c.summary()}));
            table(rows, out);
        }
        if (!methods.isEmpty()) {
            out.println();
            out.println("Custom methods of " + service + " clients (./boto4j " + service + " <method> help):");
            List<String[]> rows = new ArrayList<>();
            methods.forEach(m -> rows.add(new String[] {OperationNames.kebab(m.name()), firstSentence(m.documentation())}));
            table(rows, out);
        }
    }

    /** One custom method: what it does, its parameters and their options, its result. */
    public static void method(ServiceCommands.Method named, PrintStream out) {
        MethodInfo info = Introspection.describe(named.method());
        out.println(named.command() + " (" + info.name() + ", a custom method of " + named.service()
                + " clients" + (info.doesIo() ? "" : "; no I/O") + ")");
        if (!info.documentation().isBlank()) {
            out.println();
            out.println(info.documentation());
        }
        out.println();
        out.println("Parameters (name, type, option):");
        if (info.parameters().isEmpty()) {
            out.println("  (none)");
        }
        InputOptions options = MethodInput.options(named.command(), named.method());
        for (MethodParameter p : named.method().parameters()) {
            String given = TransferSession.givenByTheCommandLine(p.type());
            String option = options.shown(p.name());
            String how = given != null ? given
                    : option != null ? option
                    : MethodInput.typeable(p.type()) ? "in --params only (--" + OperationNames.kebab(p.name())
                            + " is boto4j's own option)"
                    : "not available from the command line";
            out.println("  " + p.name() + "  " + p.typeName() + (p.required() ? "  (required)" : "") + "  " + how);
            if (!p.documentation().isBlank()) {
                out.println("      " + p.documentation());
            }
        }
        out.println();
        out.println("Output: " + info.resultType() + ", printed as JSON");
    }

    /** Rows of two columns, the first padded to the widest. */
    private static void table(List<String[]> rows, PrintStream out) {
        int width = 0;
        for (String[] row : rows) {
            width = Math.max(width, row[0].length());
        }
        for (String[] row : rows) {
            out.println(("  " + row[0] + " ".repeat(width - row[0].length()) + "  " + row[1]).stripTrailing());
        }
    }

    /** The first sentence of a documentation text, for one-line listings. */
    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    public static void operation(OperationModel op, PrintStream out) {
        OperationInfo info = Introspection.describe(op);
        out.println(info.service() + " " + OperationNames.kebab(info.name()) + " (" + info.name() + ", "
                + info.httpMethod() + " " + info.requestUri() + ")" + (info.deprecated() ? " (deprecated)" : ""));
        String doc = info.documentation();
        if (doc != null && !doc.isBlank()) {
            out.println();
            out.println(doc.replaceAll("<[^>]+>", "").trim());
        }
        out.println();
        out.println("Input (member, type, option):");
        InputOptions options = InputOptions.of(op);
        if (info.input().members().isEmpty()) {
            out.println("  (none)");
        }
        for (MemberInfo m : info.input().members()) {
            String option = options.shown(m.name());
            out.println(line(m) + "  " + (option != null ? option
                    : "in --params only (--" + OperationNames.kebab(m.name()) + " is boto4j's own option)"));
        }
        out.println();
        out.println(StreamedOutput.of(op).map(m -> "Output (" + m.name() + " streams to --output-file PATH, or - for"
                + " stdout; the rest is printed as JSON):").orElse("Output:"));
        members(info.output(), out);
        if (!info.errors().isEmpty()) {
            out.println();
            out.println("Errors: " + String.join(", ", info.errors()));
        }
    }

    private static void members(ShapeInfo shape, PrintStream out) {
        if (shape.members().isEmpty()) {
            out.println("  (none)");
            return;
        }
        for (MemberInfo m : shape.members()) {
            out.println(line(m));
        }
    }

    private static String line(MemberInfo m) {
        return "  " + m.name() + "  " + m.type() + (m.required() ? "  (required)" : "")
                + (m.streaming() ? "  (streaming)" : "");
    }
}
