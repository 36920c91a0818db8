/** The bundled botocore-format service models, served to the core as a ModelSource. */
module io.boto4j.models {
    requires io.boto4j.core;

    provides io.boto4j.core.loader.ModelSource with io.boto4j.models.BundledModelSource;
}
