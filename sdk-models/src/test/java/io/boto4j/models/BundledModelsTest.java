package io.boto4j.models;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.loader.ModelLoader;
import io.boto4j.core.loader.ModelSource;
import io.boto4j.core.loader.UnknownServiceException;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs on the module path: the core must find this module's source through ServiceLoader. */
class BundledModelsTest {
    @TempDir
    static Path emptyHome;

    private static ModelLoader loader;

    @BeforeAll
    static void bundledOnly() {
        // No AWS_DATA_PATH and an empty home: whatever this machine has in ~/.aws/models stays out.
        loader = ModelLoader.builder().environment(Map.of()).home(emptyHome).build();
    }

    private static BundledModelSource bundled() {
        List<ModelSource> sources = loader.sources();
        return assertInstanceOf(BundledModelSource.class, sources.get(sources.size() - 1),
                "ServiceLoader did not find the bundled source: " + sources);
    }

    @Test
    void serviceLoaderFindsTheBundledSource() {
        assertEquals(2, loader.sources().size(), "~/.aws/models and the bundled source: " + loader.sources());
        assertFalse(bundled().botocoreVersion().isEmpty());
        assertTrue(bundled().id().contains(bundled().botocoreVersion()));
    }

    @Test
    void everyBundledServiceLoads() {
        int services = 0;
        int operations = 0;
        for (String name : loader.knownServices()) {
            ServiceModel model = loader.serviceModel(name);
            assertEquals(name, model.serviceName());
            assertNotNull(model.apiVersion(), name);
            for (String op : model.operationNames()) {
                OperationModel operation = model.operation(op);
                // Resolving input and output proves every top-level shape reference holds.
                operation.inputShape();
                operation.outputShape();
                operations++;
            }
            services++;
        }
        assertEquals(bundled().services().size(), services);
        assertTrue(operations > services);
        System.out.println("bundled models: " + services + " services, " + operations + " operations"
                + " (botocore " + bundled().botocoreVersion() + ")");
    }

    @Test
    void everyBundledDocumentParses() {
        int paginators = 0;
        int waiters = 0;
        int ruleSets = 0;
        for (String name : loader.knownServices()) {
            paginators += loader.paginators(name).isPresent() ? 1 : 0;
            waiters += loader.waiters(name).isPresent() ? 1 : 0;
            ruleSets += loader.endpointRuleSet(name).isPresent() ? 1 : 0;
        }
        assertTrue(paginators > 0 && waiters > 0 && ruleSets > 0);
        assertTrue(loader.partitions().path("partitions").isArray());
        assertTrue(loader.retryConfig().has("retry"));
        assertTrue(loader.sdkDefaultConfiguration().has("base"));
        assertTrue(loader.endpoints().isPresent());
        System.out.println("bundled data: " + paginators + " paginators, " + waiters + " waiters, "
                + ruleSets + " endpoint rule sets");
    }

    @Test
    void documentationIsStrippedAndExtrasAreMerged() {
        JsonNode s3 = loader.serviceModelJson("s3", null);
        assertTrue(s3.at("/operations/GetObject/documentation").isMissingNode());
        assertTrue(s3.at("/operations/GetObject/http").isObject());
        // rds' sdk-extras add SourceRegion, which the service model itself lacks.
        ServiceModel rds = loader.serviceModel("rds");
        assertTrue(rds.shape("CopyDBSnapshotMessage").members().containsKey("SourceRegion"));
        assertFalse(loader.loadData("rds/" + rds.apiVersion() + "/service-2").orElseThrow()
                .at("/shapes/CopyDBSnapshotMessage/members").has("SourceRegion"));
    }

    @Test
    void olderApiVersionsStayLoadable() {
        assertEquals("2012-08-10", loader.latestApiVersion("dynamodb"));
        assertEquals("2015-03-01", loader.serviceModel("ec2", "2015-03-01").apiVersion());
        assertTrue(loader.apiVersions("cloudfront", ModelLoader.SERVICE).size() > 1);
    }

    @Test
    void misspeltServiceGetsSuggestions() {
        UnknownServiceException e = assertThrows(UnknownServiceException.class, () -> loader.serviceModel("dynamdb"));
        assertTrue(e.suggestions().contains("dynamodb"), e.getMessage());
    }
}
