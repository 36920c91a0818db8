/**
 * The concurrency benchmark: {@link io.boto4j.bench.harness.Orchestrator} starts the
 * {@link io.boto4j.bench.harness.LoadServer} and each contender's JVM; a contender's module
 * hands its client to {@link io.boto4j.bench.harness.LoadDriver} as an
 * {@link io.boto4j.bench.harness.AsyncTarget} or a {@link io.boto4j.bench.harness.BlockingTarget}.
 */
package io.boto4j.bench.harness;
