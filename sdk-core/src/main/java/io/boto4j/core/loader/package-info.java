/**
 * Where service models come from: {@link io.boto4j.core.loader.ModelLoader} searches {@link
 * io.boto4j.core.loader.ModelSource}s (the bundled {@code sdk-models}, directories added with
 * {@code ClientConfig.addModelDirectory}) as botocore's loader searches its data path.
 *
 * <p><b>Tier: user API.</b> Exported to every module; applications name these types. Stable
 * within a major version. {@link io.boto4j.core.loader.ModelSource} is also a service-provider
 * interface (found by {@code ServiceLoader}).
 */
package io.boto4j.core.loader;
