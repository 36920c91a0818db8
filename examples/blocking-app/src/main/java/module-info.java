/**
 * A modular blocking application: backs files up to an S3 bucket. It requires the blocking layer
 * alone; the S3 model and plugin arrive through service binding.
 */
module io.boto4j.examples.blocking {
    requires io.boto4j.sync;

    exports io.boto4j.examples.blocking;

    // No "exports ... to" or "opens" line for the typed view's package (StoredObjects and its
    // records): BackupApp hands the SDK its MethodHandles.lookup(), and the SDK opens that package
    // at run time to Jackson and the core only. See examples/README.md, "Typed views on the module path".
}
