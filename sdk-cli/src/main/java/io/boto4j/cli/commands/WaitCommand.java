package io.boto4j.cli.commands;

import io.boto4j.cli.args.CommandLine;
import io.boto4j.cli.args.UsageException;
import io.boto4j.cli.calls.Clients;
import io.boto4j.core.model.ServiceModel;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** {@code ./boto4j <service> wait <waiter> --params JSON}: polls until the waiter's condition holds. */
public final class WaitCommand {
    private final Clients clients;
    private final CommandLine cmd;
    private final ServiceModel model;
    private final PrintStream out;

    public WaitCommand(Clients clients, CommandLine cmd, ServiceModel model, PrintStream out) {
        this.clients = clients;
        this.cmd = cmd;
        this.model = model;
        this.out = out;
    }

    /** The waiter names of a service, in model order; empty when it has none. */
    public static List<String> waiterNames(Clients clients, ServiceModel model) {
        List<String> names = new ArrayList<>();
        clients.loader().waiters(model.serviceName(), model.apiVersion())
                .ifPresent(doc -> doc.path("waiters").fieldNames().forEachRemaining(names::add));
        return names;
    }

    public void run() {
        throw new UsageException("waiters are not available in this build");
    }
}
