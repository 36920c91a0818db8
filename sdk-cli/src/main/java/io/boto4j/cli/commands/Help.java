package io.boto4j.cli.commands;

import io.boto4j.cli.args.OperationNames;
import io.boto4j.core.loader.ModelLoader;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.model.Shape;

import java.io.PrintStream;
import java.util.Collection;

/** {@code ./boto4j help}, {@code ./boto4j <service> help} and {@code ./boto4j <service> <operation> help}. */
public final class Help {
    public static final String USAGE = String.join("\n",
            "usage: ./boto4j [--endpoint-url URL] [--region R] [--profile P] [--no-sign-request] [--debug]",
            "                <service> <operation> [--params JSON|file://path] [--paginate [--max-items N]",
            "                [--page-size N] [--starting-token T]] [--dry-run [--signing-time ISO-8601]]",
            "                [--skeleton] [--output-file PATH|-]",
            "       ./boto4j <service> wait <waiter> [--params JSON|file://path]",
            "       ./boto4j <service> <operation> help",
            "       ./boto4j <service> help",
            "       ./boto4j help");

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
        out.println(op.service().serviceName() + " " + OperationNames.kebab(op.name()) + " (" + op.name() + ", "
                + op.httpMethod() + " " + op.requestUri() + ")");
        String doc = op.documentation();
        if (doc != null && !doc.isBlank()) {
            out.println();
            out.println(doc.replaceAll("<[^>]+>", "").trim());
        }
        out.println();
        out.println("Input:");
        members(op.inputShape(), out);
        out.println();
        out.println("Output:");
        members(op.outputShape(), out);
    }

    private static void members(Shape shape, PrintStream out) {
        if (shape == null || shape.members().isEmpty()) {
            out.println("  (none)");
            return;
        }
        for (Member m : shape.members().values()) {
            out.println("  " + m.name() + "  " + describe(m.shape()) + (m.isRequired() ? "  (required)" : "")
                    + (m.isStreaming() || m.shape().isStreaming() ? "  (streaming)" : ""));
        }
    }

    private static String describe(Shape s) {
        return switch (s.type()) {
            case LIST -> "list<" + s.listMember().shape().name() + ">";
            case MAP -> "map<" + s.mapKey().shape().name() + ", " + s.mapValue().shape().name() + ">";
            case STRUCTURE -> s.isDocument() ? "document" : s.isUnion() ? "union " + s.name() : "structure " + s.name();
            default -> s.type().modelName() + (s.enumValues().isEmpty() ? "" : " " + s.enumValues());
        };
    }
}
