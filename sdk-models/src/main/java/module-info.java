/** The bundled botocore-format service models, served to the core as a ModelSource. */
module io.boto4j.models {
    requires io.boto4j.core;
}
