package io.boto4j.it.servers;

import java.nio.file.Path;

/**
 * Where the build put the servers. Surefire passes the paths as system properties (see
 * sdk-it's pom); the defaults are the same paths relative to sdk-it, for runs from an IDE.
 */
final class Locations {
    static final String S3PROXY_JAR = "boto4j.it.s3proxy.jar";
    static final String ELASTICMQ_LIB = "boto4j.it.elasticmq.lib";
    static final String DYNALITE_DIR = "boto4j.it.dynalite.dir";
    static final String PYTHON = "boto4j.it.python";

    private Locations() {
    }

    static Path s3proxyJar() {
        return path(S3PROXY_JAR, "target/servers/s3proxy.jar");
    }

    static Path elasticMqLib() {
        return path(ELASTICMQ_LIB, "servers-elasticmq/target/lib");
    }

    static Path dynaliteDir() {
        return path(DYNALITE_DIR, "target/servers/dynalite");
    }

    static String python() {
        return System.getProperty(PYTHON, "python3");
    }

    private static Path path(String property, String defaultPath) {
        return Path.of(System.getProperty(property, defaultPath)).toAbsolutePath();
    }
}
