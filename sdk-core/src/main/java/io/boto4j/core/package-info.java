/**
 * The exceptions boto4j throws: {@link io.boto4j.core.SdkException} is the root of all of them;
 * {@link io.boto4j.core.ServiceException} is an error the service returned (in a response or
 * inside an event stream), {@link io.boto4j.core.SdkClientException} a failure on the client
 * side, with a type of its own for each kind a caller handles differently (no endpoint, the call
 * timeout, a failed connection, invalid parameters, a response that cannot be parsed, a checksum
 * that does not match, a truncated body, a broken event stream, a bad JMESPath expression).
 *
 * <p><b>Tier: user API.</b> Exported to every module; applications name these types. Stable
 * within a major version.
 */
package io.boto4j.core;
