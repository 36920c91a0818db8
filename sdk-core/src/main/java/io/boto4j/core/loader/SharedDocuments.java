package io.boto4j.core.loader;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boto4j.core.model.ModelException;
import io.boto4j.core.model.ServiceModel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The process-wide cache of parsed documents and service models. A model is hundreds of
 * kilobytes of JSON, so each distinct document (a file, or a file merged with its extras)
 * is parsed once per process however many loaders and clients ask for it, and concurrent
 * first requests wait for the one parse instead of repeating it.
 *
 * <p>The cached trees are shared: nobody may modify a node obtained from here.
 */
final class SharedDocuments {
    /*
     * Field names are not String.intern()ed: a model has tens of thousands of distinct shape
     * and member names, and interning them all into the JVM string table made parsing the
     * bundled models about three times slower. Nothing here compares names by identity.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder(
            JsonFactory.builder().disable(JsonFactory.Feature.INTERN_FIELD_NAMES).build()).build();
    private static final ConcurrentHashMap<List<DataFile>, Once<JsonNode>> DOCUMENTS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<List<DataFile>, Once<ServiceModel>> MODELS = new ConcurrentHashMap<>();

    private SharedDocuments() {
    }

    /** {@code base} as parsed, with {@code extras} (each may be absent) merged in, in order. */
    static JsonNode document(DataFile base, List<DataFile> extras) {
        List<DataFile> key = key(base, extras);
        return DOCUMENTS.computeIfAbsent(key, k -> new Once<>(() -> parseMerged(base, extras))).get();
    }

    static ServiceModel serviceModel(String serviceName, DataFile base, List<DataFile> extras) {
        List<DataFile> key = key(base, extras);
        return MODELS.computeIfAbsent(key, k -> new Once<>(
                () -> ServiceModel.fromJson(serviceName, document(base, extras)))).get();
    }

    private static List<DataFile> key(DataFile base, List<DataFile> extras) {
        List<DataFile> key = new ArrayList<>(1 + extras.size());
        key.add(base);
        key.addAll(extras);
        return List.copyOf(key);
    }

    private static JsonNode parseMerged(DataFile base, List<DataFile> extras) {
        JsonNode document = parse(base);
        if (extras.isEmpty()) {
            return document;
        }
        if (!document.isObject()) {
            throw new ModelException(base + " is not a JSON object, cannot merge extras into it");
        }
        for (DataFile extra : extras) {
            ExtrasMerge.apply((ObjectNode) document, parse(extra));
        }
        return document;
    }

    private static JsonNode parse(DataFile file) {
        try {
            Optional<InputStream> opened = file.source().open(file.path());
            if (opened.isEmpty()) {
                throw new DataNotFoundException(file + " disappeared after it was listed");
            }
            try (InputStream in = opened.get()) {
                JsonNode node = MAPPER.readTree(in);
                if (node == null || node.isMissingNode()) {
                    throw new ModelException(file + " is empty");
                }
                return node;
            }
        } catch (IOException e) {
            throw new ModelException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
