/**
 * The Vert.x-side contenders of the concurrency benchmark; {@link io.boto4j.bench.boto4j.Boto4jBench}
 * is the entry point the orchestrator starts.
 */
package io.boto4j.bench.boto4j;
