/** The local HTTP server the round-trip benchmarks call: fixed bytes, no storage, no signature checks. */
package io.boto4j.bench.server;
