/** The blocking layer over java.net.http; needs no Vert.x. */
module io.boto4j.sync {
    requires transitive io.boto4j.core;
    requires java.net.http;

    exports io.boto4j.sync;
}
