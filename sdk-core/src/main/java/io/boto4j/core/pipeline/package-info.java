/**
 * The request pipeline: {@link io.boto4j.core.pipeline.ServiceRuntime} runs a call from
 * validation to the parsed output (hooks, endpoint, serialization, signing, attempts and retries)
 * over any {@link io.boto4j.core.transport.HttpTransport}; {@link
 * io.boto4j.core.pipeline.CallResult}, {@link io.boto4j.core.pipeline.ResponseStream} and {@link
 * io.boto4j.core.pipeline.EventStream} are what a call gives its layer.
 *
 * <p><b>Tier: SPI.</b> Exported to every module, for transport layers (sdk-sync, sdk-async wrap a
 * {@code ServiceRuntime}) and plugins whose custom methods make calls of their own ({@code
 * MethodCall.runtime()}); applications rarely name these types. Stable within a minor version
 * (types may gain methods between minor versions).
 */
package io.boto4j.core.pipeline;
