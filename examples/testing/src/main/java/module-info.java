/**
 * What the examples' tests share: {@link io.boto4j.examples.testing.LocalHttpServer}, an
 * in-memory S3 on it ({@link io.boto4j.examples.testing.LocalS3}) and
 * {@link io.boto4j.examples.testing.ModularLaunch}, which runs a main class on the module path in a
 * JVM of its own. Depends on the JDK alone, so that it proves nothing about boto4j's packaging by
 * accident; the examples' tests read it from their class path.
 */
module io.boto4j.examples.testing {
    requires jdk.httpserver;

    exports io.boto4j.examples.testing;
}
