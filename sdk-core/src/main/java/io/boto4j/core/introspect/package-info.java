/**
 * Introspection: what a service offers and what an operation takes and returns, described
 * from the loaded model as plain records (for help screens, tools and {@code toString}).
 * Documentation is included when the loaded model has it (the bundled models are stripped).
 */
package io.boto4j.core.introspect;
