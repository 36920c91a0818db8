/**
 * The pure functions of the Endpoints 2.0 rules standard library and its AWS extensions,
 * over plain Java values ({@code String}, {@code Boolean}, {@code Integer}, {@code List},
 * {@code Map}). They return null where the rules language says "no value". botocore is the
 * reference for edge cases.
 *
 * <p><b>Tier: internal.</b> Not exported; no stability promise, the SDK's modules are released
 * together.
 */
package io.boto4j.core.internal.endpoints.functions;
