/**
 * The HTTP request and response as hooks and transports see them: {@link
 * io.boto4j.core.http.SdkHttpRequest} (its one body slot a {@link
 * io.boto4j.core.http.RequestBody}), {@link io.boto4j.core.http.SdkHttpResponse}, case-
 * insensitive {@link io.boto4j.core.http.Headers}, URI encoding and the redaction of secrets for
 * logs.
 *
 * <p><b>Tier: SPI.</b> Exported to every module, for plugins (hooks read and change requests) and
 * transports; applications rarely name these types. Stable within a minor version (types may gain
 * methods between minor versions).
 */
package io.boto4j.core.http;
