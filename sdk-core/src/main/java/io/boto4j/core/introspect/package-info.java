/**
 * Introspection: what a service offers and what an operation takes and returns, described
 * from the loaded model as plain records (for help screens, tools and {@code toString}).
 * Documentation is included when the loaded model has it (the bundled models are stripped).
 *
 * <p><b>Tier: user API.</b> Exported to every module; applications name these types. Stable
 * within a major version.
 */
package io.boto4j.core.introspect;
