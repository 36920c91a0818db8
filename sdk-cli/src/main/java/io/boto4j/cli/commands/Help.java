package io.boto4j.cli.commands;

import io.boto4j.cli.args.InputOptions;
import io.boto4j.cli.args.OperationNames;
import io.boto4j.cli.output.StreamedOutput;
import io.boto4j.core.introspect.Introspection;
import io.boto4j.core.introspect.MemberInfo;
import io.boto4j.core.introspect.OperationInfo;
import io.boto4j.core.introspect.ShapeInfo;
import io.boto4j.core.loader.ModelLoader;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;

import java.io.PrintStream;
import java.util.Collection;

/** {@code ./boto4j help}, {@code ./boto4j <service> help} and {@code ./boto4j <service> <operation> help}. */
public final class Help {
    public static final String USAGE = String.join("\n",
            "usage: ./boto4j [--endpoint-url URL] [--region R] [--profile P] [--no-sign-request] [--debug]",
            "                <service> <operation> [--<member> VALUE ...] [--params JSON|file://PATH]",
            "                [--paginate [--max-items N] [--page-size N] [--starting-token T]]",
            "                [--dry-run [--signing-time ISO-8601]] [--skeleton] [--output-file PATH|-]",
            "       ./boto4j <service> wait <waiter> [--<member> VALUE ...] [--params JSON|file://PATH]",
            "       ./boto4j <service> <operation> help",
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

    public static void operations(ServiceModel model, Collection<String> paginated, Collection<String> waiters,
                                  PrintStream out) {
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
            String option = options.optionFor(m.name());
            String flag = option != null && InputOptions.isFlag(op.inputShape().member(m.name()))
                    ? option + " | --no-" + option.substring(2) : option;
            out.println(line(m) + "  " + (option != null ? flag
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
