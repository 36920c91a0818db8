package io.boto4j.core.fuzz;

import io.boto4j.core.loader.ModelLoader;
import io.boto4j.core.loader.ModelSource;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real botocore models, read from the sdk-models module's data directory of this checkout
 * (the {@code boto4j.models.data} system property, set by this module's build): core's tests
 * cannot depend on that module, which depends on core.
 */
public final class RealModels {
    private static final ModelLoader LOADER = loader();

    private RealModels() {
    }

    private static ModelLoader loader() {
        String dir = System.getProperty("boto4j.models.data", "../sdk-models/src/main/resources/io/boto4j/models/data");
        Path data = Path.of(dir).toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(data.resolve("s3")), "no botocore models at " + data
                + " (set -Dboto4j.models.data to sdk-models/src/main/resources/io/boto4j/models/data)");
        return ModelLoader.builder().environment(Map.of()).home(data.resolve("no-home"))
                .bundledSources(List.of(ModelSource.directory(data))).build();
    }

    public static ServiceModel service(String name) {
        return LOADER.serviceModel(name);
    }

    /** The named operations of a service (each must exist). */
    public static List<OperationModel> operations(String service, String... names) {
        ServiceModel model = service(service);
        return java.util.Arrays.stream(names).map(model::operation).toList();
    }
}
