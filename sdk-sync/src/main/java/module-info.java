/** The blocking layer: its own HTTP/1.1 client over blocking sockets; needs no Vert.x. */
module io.boto4j.sync {
    requires transitive io.boto4j.core;

    exports io.boto4j.sync;
}
