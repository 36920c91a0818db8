package io.boto4j.core.loader;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.model.ServiceModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds and loads botocore-format data: service models, paginators, waiters, endpoint rule
 * sets and the top-level files ({@code partitions.json}, {@code _retry.json},
 * {@code sdk-default-configuration.json}, {@code endpoints.json}).
 *
 * <p>Search order: the directories given to the builder, then the entries of
 * {@code AWS_DATA_PATH}, then {@code ~/.aws/models}, then every {@link ModelSource} found
 * through {@link ServiceLoader} (the bundled models). The rules are botocore's
 * ({@code botocore.loaders.Loader}):
 * <ul>
 *   <li>the known services, and a service's API versions, are the union over all sources;
 *   <li>without a pinned version the newest (greatest) version that has the wanted file
 *       ({@code service-2}, {@code paginators-1}, ...) is used;
 *   <li>each file is read from the first source in search order that has it, so a
 *       directory earlier in the order overrides later ones file by file;
 *   <li>a {@code <type>.sdk-extras.json} beside the file (again, first source that has it)
 *       has its {@code merge} object deep-merged into the loaded document.
 * </ul>
 *
 * <p>Documents and {@link ServiceModel}s are parsed lazily and at most once per process
 * (shared by every loader whose sources have the same ids); the JSON trees returned are
 * shared and must not be modified. Loaders are thread-safe.
 */
public final class ModelLoader {
    /** The type name of a service model file ({@code service-2.json}). */
    public static final String SERVICE = "service-2";
    /** The type name of a paginator definitions file ({@code paginators-1.json}). */
    public static final String PAGINATORS = "paginators-1";
    /** The type name of a waiter definitions file ({@code waiters-2.json}). */
    public static final String WAITERS = "waiters-2";
    /** The type name of an endpoint rule set file ({@code endpoint-rule-set-1.json}). */
    public static final String ENDPOINT_RULE_SET = "endpoint-rule-set-1";
    private static final List<String> EXTRAS_TYPES = List.of("sdk");
    private static final String JSON = ".json";

    private static final Once<List<ModelSource>> DISCOVERED = new Once<>(ModelLoader::discover);
    private static final Once<ModelLoader> DEFAULT = new Once<>(() -> builder().build());

    /** Loaders by search path (AWS_DATA_PATH's directories and the home), for {@link #shared}. */
    private static final ConcurrentHashMap<List<Object>, ModelLoader> SHARED = new ConcurrentHashMap<>();
    /** Past this many distinct search paths in one process, {@link #shared} builds without keeping. */
    private static final int MAX_SHARED = 64;

    private final List<ModelSource> sources;
    private final ConcurrentHashMap<String, Once<SortedSet<String>>> servicesByType = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Once<List<String>>> versionsByServiceAndType = new ConcurrentHashMap<>();

    private ModelLoader(List<ModelSource> sources) {
        this.sources = sources;
    }

    /**
     * The loader with no configured directories, the process environment and home directory.
     *
     * @return the process-wide default loader, built on first use and the same instance afterwards
     */
    public static ModelLoader defaultLoader() {
        return DEFAULT.get();
    }

    /**
     * Starts configuring a new loader; unlike {@link #shared}, each {@code build()} makes a
     * fresh instance that lists its sources anew.
     *
     * @return a builder whose settings all have defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The loader for {@code environment} ({@code AWS_DATA_PATH}) and {@code home}, the same
     * instance for every caller whose search path is the same: clients of one process share
     * what a loader learns (which services and versions each source has; listing the bundled
     * sources took most of a second client's build, ~1 ms). Like a botocore session's loader,
     * it lists a directory's services once, so a model added to a directory later is seen by
     * loaders built with {@link #builder()}, not by this one.
     *
     * @param environment the environment {@code AWS_DATA_PATH} is read from
     * @param home the home directory whose {@code .aws/models} is searched; null for the
     *        {@code user.home} property
     * @return the shared loader for that search path (past 64 distinct search paths in one
     *         process, a fresh loader that is not kept)
     */
    public static ModelLoader shared(Map<String, String> environment, Path home) {
        List<Object> key = java.util.Arrays.asList(SearchPath.dataPathEntries(environment, home), home);
        ModelLoader loader = SHARED.get(key);
        if (loader == null) {
            loader = builder().environment(environment).home(home).build();
            if (SHARED.size() < MAX_SHARED) {
                ModelLoader raced = SHARED.putIfAbsent(key, loader);
                loader = raced != null ? raced : loader;
            }
        }
        return loader;
    }

    /**
     * The sources in search order.
     *
     * @return the sources, first searched first; immutable
     */
    public List<ModelSource> sources() {
        return sources;
    }

    // ---------------------------------------------------------------- discovery

    /**
     * Every service that has a service model, sorted. {@code knownServices().forEach(loader::serviceModel)}
     * loads them all (each once per process).
     *
     * @return the service names (e.g. {@code s3}, {@code dynamodb}); immutable
     */
    public SortedSet<String> knownServices() {
        return availableServices(SERVICE);
    }

    /**
     * Every service with at least one API version holding a {@code typeName} file, sorted.
     *
     * @param typeName the file type without extension, e.g. {@link #WAITERS}
     * @return the service names; immutable, empty when no source has such a file
     */
    public SortedSet<String> availableServices(String typeName) {
        return servicesByType.computeIfAbsent(typeName, t -> new Once<>(() -> listServices(t))).get();
    }

    /**
     * The API versions of {@code service} that hold a {@code typeName} file, oldest first.
     *
     * @param service the service's data directory name, e.g. {@code s3}
     * @param typeName the file type without extension, e.g. {@link #SERVICE}
     * @return the versions such as {@code 2006-03-01}; immutable, empty when none (also for an
     *         unknown service)
     */
    public List<String> apiVersions(String service, String typeName) {
        return versionsByServiceAndType.computeIfAbsent(service + '\0' + typeName,
                k -> new Once<>(() -> listVersions(service, typeName))).get();
    }

    /**
     * The newest API version of {@code service} that has a service model.
     *
     * @param service the service's data directory name, e.g. {@code s3}
     * @return the greatest version string, e.g. {@code 2006-03-01}
     * @throws UnknownServiceException when no source has a service model for {@code service}
     */
    public String latestApiVersion(String service) {
        requireKnown(service);
        List<String> versions = apiVersions(service, SERVICE);
        return versions.get(versions.size() - 1);
    }

    // ---------------------------------------------------------------- service data

    /**
     * The newest service model of {@code service}, extras merged.
     *
     * @param service the service's data directory name, e.g. {@code dynamodb}
     * @return the parsed model, shared process-wide
     * @throws UnknownServiceException when no source has a service model for {@code service}
     */
    public ServiceModel serviceModel(String service) {
        return serviceModel(service, null);
    }

    /**
     * The service model of {@code service} at {@code apiVersion}, extras merged.
     *
     * @param service the service's data directory name, e.g. {@code dynamodb}
     * @param apiVersion the API version to load, e.g. {@code 2012-08-10}; null for the newest
     * @return the parsed model, shared process-wide
     * @throws UnknownServiceException when no source has a service model for {@code service}
     * @throws DataNotFoundException when the service has no model at {@code apiVersion}
     */
    public ServiceModel serviceModel(String service, String apiVersion) {
        Resolved r = resolveRequired(service, SERVICE, apiVersion);
        return SharedDocuments.serviceModel(service, r.base, r.extras);
    }

    /**
     * The raw {@code service-2.json} document, extras merged.
     *
     * @param service the service's data directory name, e.g. {@code dynamodb}
     * @param apiVersion the API version to load; null for the newest
     * @return the JSON tree, shared: must not be modified
     * @throws UnknownServiceException when no source has a service model for {@code service}
     * @throws DataNotFoundException when the service has no model at {@code apiVersion}
     */
    public JsonNode serviceModelJson(String service, String apiVersion) {
        Resolved r = resolveRequired(service, SERVICE, apiVersion);
        return SharedDocuments.document(r.base, r.extras);
    }

    /**
     * The newest {@code paginators-1.json} of {@code service}, extras merged.
     *
     * @param service the service's data directory name, e.g. {@code s3}
     * @return the JSON tree (shared: must not be modified), or empty when the service has none
     * @throws UnknownServiceException when {@code service} is not known at all
     */
    public Optional<JsonNode> paginators(String service) {
        return serviceData(service, PAGINATORS, null);
    }

    /**
     * The {@code paginators-1.json} of {@code service} at {@code apiVersion}, extras merged.
     *
     * @param service the service's data directory name, e.g. {@code s3}
     * @param apiVersion the API version; null for the newest version that has one
     * @return the JSON tree (shared: must not be modified), or empty when there is none
     * @throws UnknownServiceException when {@code service} is not known at all
     */
    public Optional<JsonNode> paginators(String service, String apiVersion) {
        return serviceData(service, PAGINATORS, apiVersion);
    }

    /**
     * The newest {@code waiters-2.json} of {@code service}, extras merged.
     *
     * @param service the service's data directory name, e.g. {@code ec2}
     * @return the JSON tree (shared: must not be modified), or empty when the service has none
     * @throws UnknownServiceException when {@code service} is not known at all
     */
    public Optional<JsonNode> waiters(String service) {
        return serviceData(service, WAITERS, null);
    }

    /**
     * The {@code waiters-2.json} of {@code service} at {@code apiVersion}, extras merged.
     *
     * @param service the service's data directory name, e.g. {@code ec2}
     * @param apiVersion the API version; null for the newest version that has one
     * @return the JSON tree (shared: must not be modified), or empty when there is none
     * @throws UnknownServiceException when {@code service} is not known at all
     */
    public Optional<JsonNode> waiters(String service, String apiVersion) {
        return serviceData(service, WAITERS, apiVersion);
    }

    /**
     * The newest {@code endpoint-rule-set-1.json} of {@code service}.
     *
     * @param service the service's data directory name, e.g. {@code s3}
     * @return the JSON tree (shared: must not be modified), or empty when the service has none
     * @throws UnknownServiceException when {@code service} is not known at all
     */
    public Optional<JsonNode> endpointRuleSet(String service) {
        return serviceData(service, ENDPOINT_RULE_SET, null);
    }

    /**
     * The {@code endpoint-rule-set-1.json} of {@code service} at {@code apiVersion}.
     *
     * @param service the service's data directory name, e.g. {@code s3}
     * @param apiVersion the API version; null for the newest version that has one
     * @return the JSON tree (shared: must not be modified), or empty when there is none
     * @throws UnknownServiceException when {@code service} is not known at all
     */
    public Optional<JsonNode> endpointRuleSet(String service, String apiVersion) {
        return serviceData(service, ENDPOINT_RULE_SET, apiVersion);
    }

    /**
     * Any per-service document ({@code typeName} such as {@code paginators-1}), extras merged;
     * empty when the service has no such file (at that version). Throws
     * {@link UnknownServiceException} when the service is not known at all.
     *
     * @param service the service's data directory name, e.g. {@code s3}
     * @param typeName the file type without extension, e.g. {@link #PAGINATORS}
     * @param apiVersion the API version; null for the newest version that has such a file
     * @return the JSON tree (shared: must not be modified), or empty
     * @throws UnknownServiceException when {@code service} is not known at all
     */
    public Optional<JsonNode> serviceData(String service, String typeName, String apiVersion) {
        return resolve(service, typeName, apiVersion).map(r -> SharedDocuments.document(r.base, r.extras));
    }

    // ---------------------------------------------------------------- top-level data

    /**
     * The partition data ({@code partitions.json}) the endpoint rules engine reads.
     *
     * @return the JSON tree, shared: must not be modified
     * @throws DataNotFoundException when no source has the file
     */
    public JsonNode partitions() {
        return requireData("partitions");
    }

    /**
     * botocore's retry configuration ({@code _retry.json}): the retryable errors per service.
     *
     * @return the JSON tree, shared: must not be modified
     * @throws DataNotFoundException when no source has the file
     */
    public JsonNode retryConfig() {
        return requireData("_retry");
    }

    /**
     * The defaults of each defaults mode ({@code sdk-default-configuration.json}: {@code standard},
     * {@code in-region}...).
     *
     * @return the JSON tree, shared: must not be modified
     * @throws DataNotFoundException when no source has the file
     */
    public JsonNode sdkDefaultConfiguration() {
        return requireData("sdk-default-configuration");
    }

    /**
     * The legacy endpoint data ({@code endpoints.json}), when a source has it.
     *
     * @return the JSON tree (shared: must not be modified), or empty when no source has it
     */
    public Optional<JsonNode> endpoints() {
        return loadData("endpoints");
    }

    /**
     * A document by its data path without extension, e.g. {@code _retry} or
     * {@code s3/2006-03-01/paginators-1}, from the first source that has it, as botocore's
     * {@code load_data}: no extras merged.
     *
     * @param name the path relative to a source's root, without {@code .json}
     * @return the JSON tree (shared: must not be modified), or empty when no source has it
     */
    public Optional<JsonNode> loadData(String name) {
        return firstHaving(name + JSON).map(file -> SharedDocuments.document(file, List.of()));
    }

    private JsonNode requireData(String name) {
        return loadData(name).orElseThrow(() -> new DataNotFoundException(
                "no model source has " + name + JSON + " (searched " + sources + ")"));
    }

    // ---------------------------------------------------------------- resolution

    /** Where a document comes from: its file and the extras files to merge into it. */
    private record Resolved(DataFile base, List<DataFile> extras) {
    }

    private Resolved resolveRequired(String service, String typeName, String apiVersion) {
        requireKnown(service);
        return resolve(service, typeName, apiVersion).orElseThrow(() -> new DataNotFoundException(
                "service '" + service + "' has no " + typeName + JSON + " for API version " + apiVersion
                        + "; available versions: " + apiVersions(service, typeName)));
    }

    private Optional<Resolved> resolve(String service, String typeName, String apiVersion) {
        Objects.requireNonNull(service, "service");
        if (!availableServices(typeName).contains(service)) {
            requireKnown(service);
            return Optional.empty();
        }
        List<String> versions = apiVersions(service, typeName);
        String version = apiVersion != null ? apiVersion : versions.get(versions.size() - 1);
        if (!versions.contains(version)) {
            return Optional.empty();
        }
        String prefix = service + '/' + version + '/' + typeName;
        Optional<DataFile> base = firstHaving(prefix + JSON);
        if (base.isEmpty()) {
            return Optional.empty();
        }
        List<DataFile> extras = new ArrayList<>();
        for (String extrasType : EXTRAS_TYPES) {
            firstHaving(prefix + '.' + extrasType + "-extras" + JSON).ifPresent(extras::add);
        }
        return Optional.of(new Resolved(base.get(), List.copyOf(extras)));
    }

    private void requireKnown(String service) {
        SortedSet<String> known = knownServices();
        if (!known.contains(service)) {
            throw new UnknownServiceException(service, known);
        }
    }

    private Optional<DataFile> firstHaving(String path) {
        for (ModelSource source : sources) {
            if (source.exists(path)) {
                return Optional.of(new DataFile(source, path));
            }
        }
        return Optional.empty();
    }

    private SortedSet<String> listServices(String typeName) {
        SortedSet<String> services = new TreeSet<>();
        for (ModelSource source : sources) {
            for (String service : source.services()) {
                if (!services.contains(service) && hasType(source, service, typeName)) {
                    services.add(service);
                }
            }
        }
        return Collections.unmodifiableSortedSet(services);
    }

    private static boolean hasType(ModelSource source, String service, String typeName) {
        for (String version : source.apiVersions(service)) {
            if (source.exists(service + '/' + version + '/' + typeName + JSON)) {
                return true;
            }
        }
        return false;
    }

    private List<String> listVersions(String service, String typeName) {
        SortedSet<String> versions = new TreeSet<>();
        for (ModelSource source : sources) {
            for (String version : source.apiVersions(service)) {
                if (source.exists(service + '/' + version + '/' + typeName + JSON)) {
                    versions.add(version);
                }
            }
        }
        return List.copyOf(versions);
    }

    private static List<ModelSource> discover() {
        List<ModelSource> found = new ArrayList<>();
        ServiceLoader.load(ModelSource.class).forEach(found::add);
        return List.copyOf(found);
    }

    @Override
    public String toString() {
        return "ModelLoader" + sources;
    }

    /** Configures the search path; every setting has a default. */
    public static final class Builder {
        private final List<Path> directories = new ArrayList<>();
        private Map<String, String> environment;
        private Path home;
        private List<ModelSource> bundled;

        private Builder() {
        }

        /**
         * Directories searched first, in order (from the client configuration); replaces any
         * set before.
         *
         * @param dirs directories laid out like botocore's {@code data} directory; they need not exist
         * @return this builder
         */
        public Builder directories(List<Path> dirs) {
            directories.clear();
            directories.addAll(dirs);
            return this;
        }

        /**
         * Adds a directory searched after those already added and before {@code AWS_DATA_PATH}.
         *
         * @param dir a directory laid out like botocore's {@code data} directory; need not exist
         * @return this builder
         * @throws NullPointerException when {@code dir} is null
         */
        public Builder addDirectory(Path dir) {
            directories.add(Objects.requireNonNull(dir, "dir"));
            return this;
        }

        /**
         * The environment {@code AWS_DATA_PATH} is read from; default {@link System#getenv()}.
         *
         * @param env the variables, copied
         * @return this builder
         */
        public Builder environment(Map<String, String> env) {
            this.environment = Map.copyOf(env);
            return this;
        }

        /**
         * The home directory holding {@code .aws/models}; default the {@code user.home} property.
         *
         * @param homeDir the home directory; null for the default
         * @return this builder
         */
        public Builder home(Path homeDir) {
            this.home = homeDir;
            return this;
        }

        /**
         * The sources searched last, in place of those {@link ServiceLoader} finds
         * ({@code List.of()} for none).
         *
         * @param sources the sources, copied, in search order
         * @return this builder
         */
        public Builder bundledSources(List<ModelSource> sources) {
            this.bundled = List.copyOf(sources);
            return this;
        }

        /**
         * Builds a new loader from these settings. Its sources are listed lazily, on first
         * need, and each listing is kept for the loader's life.
         *
         * @return a new, thread-safe loader
         */
        public ModelLoader build() {
            Map<String, String> env = environment != null ? environment : System.getenv();
            Path homeDir = home != null ? home : defaultHome();
            List<ModelSource> last = bundled != null ? bundled : DISCOVERED.get();
            return new ModelLoader(SearchPath.build(directories, env, homeDir, last));
        }

        private static Path defaultHome() {
            String h = System.getProperty("user.home");
            return h == null || h.isEmpty() ? null : Path.of(h);
        }
    }
}
