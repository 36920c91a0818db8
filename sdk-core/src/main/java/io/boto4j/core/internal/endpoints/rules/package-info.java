/**
 * The Endpoints 2.0 rules engine: a rule set is compiled once into Java objects (rules,
 * conditions, expressions with pre-parsed templates and {@code getAttr} paths, references
 * resolved to slots of an {@code Object[]} scope) and evaluated per call without touching
 * JSON. The public face is {@code io.boto4j.core.endpoints.EndpointRuleSet}.
 *
 * <p><b>Tier: internal.</b> Not exported; no stability promise, the SDK's modules are released
 * together.
 */
package io.boto4j.core.internal.endpoints.rules;
