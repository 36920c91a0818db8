/**
 * The blocking client API: {@link io.boto4j.sync.SyncClient} calls any operation of any
 * bundled service and returns its output; streaming bodies are {@link java.io.InputStream}s.
 * Built on the core's non-blocking pipeline and java.net.http; needs no Vert.x.
 */
package io.boto4j.sync;
