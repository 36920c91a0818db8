/**
 * A modular blocking application: backs files up to an S3 bucket. It requires the blocking layer
 * alone; the S3 model and plugin arrive through service binding.
 */
module io.boto4j.examples.blocking {
    requires io.boto4j.sync;

    exports io.boto4j.examples.blocking;

    // The typed view's package (StoredObjects and its records), for the two modules that touch its
    // types by reflection: Jackson converts the records (exports suffices for a record's public
    // constructor and accessors; a POJO with private fields needs "opens" instead), and the core
    // calls the view's default methods (InvocationHandler.invokeDefault checks the caller's access).
    exports io.boto4j.examples.blocking.s3 to com.fasterxml.jackson.databind, io.boto4j.core;
}
