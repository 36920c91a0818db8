package io.boto4j.cli.calls;

import io.boto4j.cli.args.CommandLine;
import io.boto4j.cli.args.UsageException;
import io.boto4j.cli.debug.WireLog;
import io.boto4j.cli.values.TimestampText;
import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigEnvironment;
import io.boto4j.core.config.ProfileNotFoundException;
import io.boto4j.core.loader.ModelLoader;
import io.boto4j.core.loader.UnknownServiceException;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.pipeline.ServiceRuntime;
import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.sync.SyncClient;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Opens clients for the commands: one model loader per process (so {@code AWS_DATA_PATH} and
 * {@code ~/.aws/models} apply), the global options turned into a {@link ClientConfig}.
 */
public final class Clients {
    private final ConfigEnvironment environment;
    private final ModelLoader loader;
    private final Map<String, List<CustomMethod<?>>> methods = new HashMap<>();

    public Clients(ConfigEnvironment environment) {
        this.environment = environment;
        this.loader = ModelLoader.builder().environment(environment.variables()).home(environment.home()).build();
    }

    public ModelLoader loader() {
        return loader;
    }

    /** The service's model, or a usage error naming the closest service names. */
    public ServiceModel model(String service) {
        try {
            return loader.serviceModel(service);
        } catch (UnknownServiceException e) {
            throw new UsageException(e.getMessage() + "; see './boto4j help'");
        }
    }

    /**
     * The custom methods of the service's clients (the core's and its plugins'), by name. Read
     * from a client built as the environment configures it but anonymous and unable to send:
     * listing them needs no credentials, no region and no network, and costs what building a
     * client costs (the model is loaded anyway for help and for parsing).
     */
    public List<CustomMethod<?>> methods(String service) {
        return methods.computeIfAbsent(service, s -> {
            // It never sends, so any region satisfies the build (which refuses a regional client
            // without one, as botocore does) and the listing needs none from the user.
            ClientConfig.Builder anonymous = ClientConfig.builder().environment(environment).anonymous(true)
                    .region("us-east-1");
            try {
                return methodsOf(s, anonymous.build());
            } catch (ProfileNotFoundException e) {
                // Help works whatever AWS_PROFILE names (as the AWS CLI's does); a call reports it.
                return methodsOf(s, anonymous.profile("default").build());
            }
        });
    }

    private List<CustomMethod<?>> methodsOf(String service, ClientConfig config) {
        try (ServiceRuntime runtime = ServiceRuntime.builder().service(service).loader(loader).config(config)
                .transport(DryRun.refusingTransport()).build()) {
            return runtime.methods().stream().sorted(Comparator.comparing(CustomMethod::name)).toList();
        }
    }

    /** A blocking client for the command line's service and options. */
    public ServiceCalls open(String service, CommandLine cmd) {
        ClientConfig config = config(cmd);
        if (cmd.debug()) {
            config = config.toBuilder().addHook(new WireLog()).build();
        }
        return new SyncCalls(SyncClient.create(service, config));
    }

    /** The pipeline of the command line's service up to the signature, for {@code --dry-run}. */
    public DryRun dryRun(String service, CommandLine cmd) {
        return new DryRun(ServiceRuntime.builder()
                .service(service)
                .loader(loader)
                .config(config(cmd))
                .transport(DryRun.refusingTransport())
                .build());
    }

    private ClientConfig config(CommandLine cmd) {
        ClientConfig.Builder b = ClientConfig.builder()
                .environment(environment)
                .region(cmd.region())
                .profile(cmd.profile())
                .anonymous(cmd.noSignRequest());
        if (cmd.endpointUrl() != null) {
            b.endpointUrl(endpointUrl(cmd.endpointUrl()));
        }
        if (cmd.signingTime() != null) {
            try {
                b.clock(Clock.fixed(TimestampText.parse(cmd.signingTime()), ZoneOffset.UTC));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--signing-time: " + e.getMessage());
            }
        }
        return b.build();
    }

    private static URI endpointUrl(String text) {
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new UsageException("--endpoint-url must be an http or https URL with a host, not '" + text + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageException("--endpoint-url is not a URL: " + e.getMessage());
        }
    }
}
