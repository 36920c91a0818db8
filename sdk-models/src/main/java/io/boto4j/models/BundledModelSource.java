package io.boto4j.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.boto4j.core.loader.ModelSource;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * The botocore data bundled in this module (written by {@code sdk-models/import-models.py}).
 * What exists is read from {@code index.json}, because the directories of a jar cannot be
 * listed portably; the documents themselves are read through this module's own
 * {@link Module}, which may read its encapsulated resources.
 */
public final class BundledModelSource implements ModelSource {
    private static final String DATA = "io/boto4j/models/data/";
    private static final String INDEX = DATA + "index.json";
    private static final String GZIP_SUFFIX = ".gz";
    private static final int SUPPORTED_FORMAT = 1;

    private final String botocoreVersion;
    /** Every stored file, as its path under the data directory (e.g. {@code s3/2006-03-01/service-2.json.gz}). */
    private final Set<String> storedFiles;
    /** service -> its API versions. */
    private final Map<String, Set<String>> versions;

    /** Called by {@link java.util.ServiceLoader}. */
    public BundledModelSource() {
        JsonNode index = readIndex();
        int format = index.path("format").asInt(-1);
        if (format != SUPPORTED_FORMAT) {
            throw new IllegalStateException(INDEX + " has format " + format + ", this code reads " + SUPPORTED_FORMAT);
        }
        this.botocoreVersion = index.path("botocoreVersion").asText("unknown");
        Set<String> files = new HashSet<>();
        index.path("files").forEach(f -> files.add(f.asText()));
        Map<String, Set<String>> byService = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> service : index.path("services").properties()) {
            Set<String> apiVersions = new TreeSet<>();
            for (Map.Entry<String, JsonNode> version : service.getValue().properties()) {
                apiVersions.add(version.getKey());
                String dir = service.getKey() + '/' + version.getKey() + '/';
                version.getValue().forEach(f -> files.add(dir + f.asText()));
            }
            byService.put(service.getKey(), Collections.unmodifiableSet(apiVersions));
        }
        this.storedFiles = Set.copyOf(files);
        this.versions = Collections.unmodifiableMap(byService);
    }

    /**
     * The botocore release the bundled data was taken from.
     *
     * @return the version as botocore spells it, e.g. {@code 1.43.107}
     */
    public String botocoreVersion() {
        return botocoreVersion;
    }

    @Override
    public Optional<InputStream> open(String path) throws IOException {
        if (storedFiles.contains(path)) {
            return Optional.of(new BufferedInputStream(resource(path)));
        }
        if (storedFiles.contains(path + GZIP_SUFFIX)) {
            return Optional.of(new GZIPInputStream(resource(path + GZIP_SUFFIX), 64 * 1024));
        }
        return Optional.empty();
    }

    @Override
    public boolean exists(String path) {
        return storedFiles.contains(path) || storedFiles.contains(path + GZIP_SUFFIX);
    }

    @Override
    public Set<String> services() {
        return versions.keySet();
    }

    @Override
    public Set<String> apiVersions(String service) {
        return versions.getOrDefault(service, Set.of());
    }

    @Override
    public String id() {
        return "bundled:io.boto4j.models:botocore-" + botocoreVersion;
    }

    private InputStream resource(String stored) throws IOException {
        InputStream in = getClass().getModule().getResourceAsStream(DATA + stored);
        if (in == null) {
            throw new IOException("bundled model data is incomplete: " + DATA + stored + " is listed but missing");
        }
        return in;
    }

    private JsonNode readIndex() {
        try (InputStream in = getClass().getModule().getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException("bundled model data is missing " + INDEX);
            }
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
    }

    @Override
    public String toString() {
        return "bundled botocore " + botocoreVersion + " models";
    }
}
