/**
 * The AWS SDK for Java v2 contenders of the concurrency benchmark; {@link io.boto4j.bench.sdkv2.SdkV2Bench}
 * is the entry point the orchestrator starts.
 */
package io.boto4j.bench.sdkv2;
