package io.boto4j.core.loader;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.model.ServiceModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelLoaderTest {
    @TempDir
    Path tmp;

    /** A minimal service model whose serviceId says where it was loaded from. */
    private static String model(String version, String origin) {
        return """
                {"version":"2.0","metadata":{"apiVersion":"%s","endpointPrefix":"svc","protocol":"json",
                 "serviceId":"%s"},
                 "operations":{"Ping":{"name":"Ping","http":{"method":"POST","requestUri":"/"},
                   "input":{"shape":"PingInput"}}},
                 "shapes":{"PingInput":{"type":"structure","members":{"A":{"shape":"S"}}},"S":{"type":"string"}}}
                """.formatted(version, origin);
    }

    private static void write(Path root, String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private static void writeGzip(Path root, String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private Path dir(String name) throws IOException {
        return Files.createDirectories(tmp.resolve(name));
    }

    /** A loader that sees nothing of this machine: no real environment, home or bundled models. */
    private ModelLoader.Builder isolated() throws IOException {
        return ModelLoader.builder().environment(Map.of()).home(dir("emptyhome")).bundledSources(List.of());
    }

    @Test
    void clientsWithOneSearchPathShareOneLoader() throws IOException {
        Path home = dir("sharedhome");
        Path data = dir("shareddata");
        ModelLoader first = ModelLoader.shared(Map.of("AWS_DATA_PATH", data.toString()), home);
        assertSame(first, ModelLoader.shared(Map.of("AWS_DATA_PATH", data.toString(), "OTHER", "x"), home));
        assertNotSame(first, ModelLoader.shared(Map.of(), home));
        assertNotSame(first, ModelLoader.shared(Map.of("AWS_DATA_PATH", data.toString()), dir("otherhome")));
    }

    @Test
    void searchOrderIsConfigThenDataPathThenHomeThenBundled() throws IOException {
        Path config = dir("config");
        Path dataPath = dir("datapath");
        Path home = dir("home");
        String rel = "svc/2020-01-01/service-2.json";
        write(config, rel, model("2020-01-01", "config"));
        write(dataPath, rel, model("2020-01-01", "datapath"));
        write(home.resolve(".aws/models"), rel, model("2020-01-01", "home"));
        MemoryModelSource bundled = new MemoryModelSource(Map.of(rel, model("2020-01-01", "bundled")));

        ModelLoader.Builder b = ModelLoader.builder().environment(Map.of("AWS_DATA_PATH", dataPath.toString()))
                .home(home).bundledSources(List.of(bundled));
        assertEquals("config", b.addDirectory(config).build().serviceModel("svc").serviceId());
        assertEquals("datapath", b.directories(List.of()).build().serviceModel("svc").serviceId());
        assertEquals("home", b.environment(Map.of()).build().serviceModel("svc").serviceId());
        assertEquals("bundled", b.home(dir("nohome")).build().serviceModel("svc").serviceId());
    }

    @Test
    void dataPathBeatsHomeModelsAndKeepsItsOwnOrder() throws IOException {
        Path first = dir("first");
        Path second = dir("second");
        Path home = dir("home");
        String rel = "svc/2020-01-01/service-2.json";
        write(second, rel, model("2020-01-01", "second"));
        write(home.resolve(".aws/models"), rel, model("2020-01-01", "home"));
        String dataPath = first + File.pathSeparator + second;

        ModelLoader loader = ModelLoader.builder().environment(Map.of("AWS_DATA_PATH", dataPath)).home(home)
                .bundledSources(List.of()).build();
        assertEquals("second", loader.serviceModel("svc").serviceId());

        write(first, rel, model("2020-01-01", "first"));
        ModelLoader later = ModelLoader.builder().environment(Map.of("AWS_DATA_PATH", dataPath)).home(home)
                .bundledSources(List.of()).build();
        assertEquals("first", later.serviceModel("svc").serviceId());
    }

    @Test
    void dataPathExpandsHomeAndVariables() throws IOException {
        Path home = dir("home");
        write(home.resolve("mine"), "svc/2020-01-01/service-2.json", model("2020-01-01", "tilde"));
        ModelLoader loader = ModelLoader.builder().environment(Map.of("AWS_DATA_PATH", "~/mine")).home(home)
                .bundledSources(List.of()).build();
        assertEquals("tilde", loader.serviceModel("svc").serviceId());

        Map<String, String> env = Map.of("AWS_DATA_PATH", "${BASE}/mine" + File.pathSeparator + File.pathSeparator,
                "BASE", home.toString());
        assertEquals(List.of(home.resolve("mine")), SearchPath.dataPathEntries(env, home));
        assertEquals("$UNSET/x", SearchPath.expandVariables("$UNSET/x", Map.of()));
    }

    @Test
    void newestVersionIsChosenAcrossAllSources() throws IOException {
        Path config = dir("config");
        Path home = dir("home");
        write(config, "svc/2019-01-01/service-2.json", model("2019-01-01", "config-old"));
        write(home.resolve(".aws/models"), "svc/2021-06-30/service-2.json", model("2021-06-30", "home-new"));
        ModelLoader loader = ModelLoader.builder().addDirectory(config).environment(Map.of()).home(home)
                .bundledSources(List.of()).build();

        assertEquals(List.of("2019-01-01", "2021-06-30"), loader.apiVersions("svc", ModelLoader.SERVICE));
        assertEquals("2021-06-30", loader.latestApiVersion("svc"));
        assertEquals("home-new", loader.serviceModel("svc").serviceId());
    }

    @Test
    void pinnedApiVersionIsLoadedAndAMissingOneIsReported() throws IOException {
        Path config = dir("config");
        write(config, "svc/2019-01-01/service-2.json", model("2019-01-01", "old"));
        write(config, "svc/2021-06-30/service-2.json", model("2021-06-30", "new"));
        ModelLoader loader = isolated().addDirectory(config).build();

        assertEquals("old", loader.serviceModel("svc", "2019-01-01").serviceId());
        assertEquals("new", loader.serviceModel("svc").serviceId());
        DataNotFoundException e = assertThrows(DataNotFoundException.class,
                () -> loader.serviceModel("svc", "2000-01-01"));
        assertTrue(e.getMessage().contains("2019-01-01, 2021-06-30"), e.getMessage());
    }

    @Test
    void versionDirectoryWithoutTheFileDoesNotCount() throws IOException {
        Path config = dir("config");
        write(config, "svc/2019-01-01/service-2.json", model("2019-01-01", "old"));
        write(config, "svc/2022-01-01/paginators-1.json", "{\"pagination\":{}}");
        write(config, "other/2022-01-01/paginators-1.json", "{\"pagination\":{}}");
        ModelLoader loader = isolated().addDirectory(config).build();

        assertEquals("2019-01-01", loader.latestApiVersion("svc"));
        assertEquals(Set.of("svc"), loader.knownServices());
        assertEquals(Set.of("other", "svc"), loader.availableServices(ModelLoader.PAGINATORS));
        assertTrue(loader.paginators("svc").isPresent());
        assertTrue(loader.paginators("svc", "2019-01-01").isEmpty());
        assertTrue(loader.waiters("svc").isEmpty());
    }

    @Test
    void sdkExtrasAreDeepMergedIntoTheModel() throws IOException {
        Path config = dir("config");
        Path dataPath = dir("datapath");
        write(config, "svc/2020-01-01/service-2.json", model("2020-01-01", "base"));
        // The extras may come from another source, as in botocore: each file is looked up on its own.
        write(dataPath, "svc/2020-01-01/service-2.sdk-extras.json", """
                {"version":1.0,"merge":{
                  "metadata":{"serviceId":"merged","auth":["aws.auth#sigv4"]},
                  "shapes":{"PingInput":{"members":{"B":{"shape":"S"}}},"Expires":{"type":"timestamp"}}}}
                """);
        ModelLoader loader = isolated().addDirectory(config)
                .environment(Map.of("AWS_DATA_PATH", dataPath.toString())).build();

        ServiceModel m = loader.serviceModel("svc");
        assertEquals("merged", m.serviceId());
        assertEquals("json", m.protocol());
        assertEquals(List.of("aws.auth#sigv4"), m.auth());
        assertEquals(Set.of("A", "B"), m.shape("PingInput").members().keySet());
        assertTrue(m.hasShape("Expires"));
        // load_data semantics: the raw file, without extras.
        JsonNode raw = loader.loadData("svc/2020-01-01/service-2").orElseThrow();
        assertEquals("base", raw.at("/metadata/serviceId").asText());
    }

    @Test
    void paginatorExtrasAreMergedToo() throws IOException {
        Path config = dir("config");
        write(config, "svc/2020-01-01/service-2.json", model("2020-01-01", "x"));
        write(config, "svc/2020-01-01/paginators-1.json",
                "{\"pagination\":{\"ListThings\":{\"input_token\":\"NextToken\",\"result_key\":\"Things\"}}}");
        write(config, "svc/2020-01-01/paginators-1.sdk-extras.json",
                "{\"version\":1.0,\"merge\":{\"pagination\":{\"ListThings\":{\"non_aggregate_keys\":[\"Owner\"]}}}}");
        JsonNode p = isolated().addDirectory(config).build().paginators("svc").orElseThrow();
        assertEquals("NextToken", p.at("/pagination/ListThings/input_token").asText());
        assertEquals("Owner", p.at("/pagination/ListThings/non_aggregate_keys/0").asText());
    }

    @Test
    void gzippedFilesAreReadAndPlainJsonIsPreferred() throws IOException {
        Path config = dir("config");
        writeGzip(config, "svc/2020-01-01/service-2.json.gz", model("2020-01-01", "gzipped"));
        writeGzip(config, "svc/2020-01-01/endpoint-rule-set-1.json.gz", "{\"version\":\"1.0\",\"rules\":[]}");
        writeGzip(config, "partitions.json.gz", "{\"version\":\"1.1\",\"partitions\":[]}");
        ModelLoader loader = isolated().addDirectory(config).build();
        assertEquals("gzipped", loader.serviceModel("svc").serviceId());
        assertEquals("1.0", loader.endpointRuleSet("svc").orElseThrow().get("version").asText());
        assertEquals("1.1", loader.partitions().get("version").asText());

        Path both = dir("both");
        writeGzip(both, "svc/2020-01-01/service-2.json.gz", model("2020-01-01", "gzipped"));
        write(both, "svc/2020-01-01/service-2.json", model("2020-01-01", "plain"));
        assertEquals("plain", isolated().addDirectory(both).build().serviceModel("svc").serviceId());
    }

    @Test
    void topLevelFilesComeFromTheFirstSourceHavingThem() throws IOException {
        Path config = dir("config");
        write(config, "_retry.json", "{\"retry\":{\"__default__\":{}},\"from\":\"config\"}");
        MemoryModelSource bundled = new MemoryModelSource(Map.of(
                "_retry.json", "{\"from\":\"bundled\"}",
                "partitions.json", "{\"partitions\":[]}",
                "sdk-default-configuration.json", "{\"version\":1,\"base\":{}}"));
        ModelLoader loader = ModelLoader.builder().addDirectory(config).environment(Map.of()).home(dir("h"))
                .bundledSources(List.of(bundled)).build();
        assertEquals("config", loader.retryConfig().get("from").asText());
        assertTrue(loader.partitions().has("partitions"));
        assertEquals(1, loader.sdkDefaultConfiguration().get("version").asInt());
        assertTrue(loader.endpoints().isEmpty());

        ModelLoader empty = isolated().build();
        assertThrows(DataNotFoundException.class, empty::partitions);
    }

    @Test
    void unknownServiceListsTheClosestNames() throws IOException {
        Path config = dir("config");
        for (String name : List.of("dynamodb", "dynamodbstreams", "s3", "s3control", "sqs")) {
            write(config, name + "/2020-01-01/service-2.json", model("2020-01-01", name));
        }
        ModelLoader loader = isolated().addDirectory(config).build();
        assertEquals(List.of("dynamodb", "dynamodbstreams", "s3", "s3control", "sqs"),
                new ArrayList<>(loader.knownServices()));

        UnknownServiceException e = assertThrows(UnknownServiceException.class, () -> loader.serviceModel("dynamdb"));
        assertEquals("dynamodb", e.suggestions().get(0));
        assertTrue(e.getMessage().contains("did you mean dynamodb"), e.getMessage());
        assertThrows(UnknownServiceException.class, () -> loader.paginators("sqss"));
        assertThrows(UnknownServiceException.class, () -> loader.latestApiVersion("nope"));
    }

    @Test
    void pathsCannotEscapeADirectorySource() throws IOException {
        Path config = dir("config");
        write(tmp, "secret/2020-01-01/service-2.json", model("2020-01-01", "outside"));
        ModelSource source = ModelSource.directory(config);
        assertFalse(source.exists("../secret/2020-01-01/service-2.json"));
        assertTrue(source.open("../secret/2020-01-01/service-2.json").isEmpty());
        assertThrows(UnknownServiceException.class,
                () -> isolated().addDirectory(config).build().serviceModel("../secret"));
    }

    @Test
    void missingDirectoriesAreSkipped() throws IOException {
        ModelLoader loader = isolated().addDirectory(tmp.resolve("does-not-exist"))
                .environment(Map.of("AWS_DATA_PATH", tmp.resolve("nor-this").toString())).build();
        assertTrue(loader.knownServices().isEmpty());
        assertEquals(3, loader.sources().size()); // config, AWS_DATA_PATH entry, ~/.aws/models
    }

    @Test
    void parsedModelsAreSharedBetweenLoaders() throws IOException {
        Path config = dir("config");
        write(config, "svc/2020-01-01/service-2.json", model("2020-01-01", "shared"));
        ServiceModel a = isolated().addDirectory(config).build().serviceModel("svc");
        ServiceModel b = isolated().addDirectory(config).build().serviceModel("svc");
        assertSame(a, b);
        assertSame(isolated().addDirectory(config).build().serviceModelJson("svc", null),
                isolated().addDirectory(config).build().serviceModelJson("svc", "2020-01-01"));
    }

    @Test
    void concurrentFirstLoadParsesOnce() throws Exception {
        MemoryModelSource source = new MemoryModelSource(Map.of(
                "svc/2020-01-01/service-2.json", model("2020-01-01", "once")), 100);
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ServiceModel>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                // A loader per thread: the sharing must be process-wide, not per loader.
                ModelLoader loader = isolated().bundledSources(List.of(source)).build();
                Callable<ServiceModel> load = () -> {
                    start.await();
                    return loader.serviceModel("svc");
                };
                results.add(pool.submit(load));
            }
            start.countDown();
            ServiceModel first = results.get(0).get();
            for (Future<ServiceModel> f : results) {
                assertSame(first, f.get());
            }
            assertEquals(1, source.opens());
            assertEquals("once", first.serviceId());
        } finally {
            pool.shutdownNow();
        }
    }
}
