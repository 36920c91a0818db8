/**
 * Input validation against the model, before any I/O, with botocore's rules and messages.
 *
 * <p><b>Tier: internal.</b> Exported only to the layers, the plugins, the CLI and the model
 * tests; callers catch {@link io.boto4j.core.ParamValidationException}; no stability promise, the
 * SDK's modules are released together.
 */
package io.boto4j.core.validation;
