/**
 * Endpoints 2.0: resolving where a request goes from a service's rule set.
 *
 * <pre>{@code
 * Partitions partitions = Partitions.parse(partitionsJson);          // once per process
 * EndpointRuleSet rules = EndpointRuleSet.parse(ruleSetJson, partitions); // once per service
 * EndpointParameterResolver params = new EndpointParameterResolver(rules);
 *
 * Map<String, Object> values = params.resolve(
 *         OperationEndpointContext.fromJson(operationJson, shapesJson),  // per operation
 *         input,                                                        // the caller's input
 *         Map.of("ForcePathStyle", true),                               // client context params
 *         Map.of(BuiltIns.REGION, "us-west-2", BuiltIns.USE_FIPS, false)); // built-ins
 * Endpoint endpoint = rules.resolve(values);   // or EndpointResolutionException
 * }</pre>
 *
 * {@link io.boto4j.core.endpoints.EndpointRuleSet#parameters()} lists the declared parameters
 * with their built-in names, so a client knows which built-ins to supply.
 *
 * <p><b>Tier: SPI.</b> Exported to every module, for plugins that read or change a call's
 * endpoint ({@code CallContext.endpoint()}) and tools that resolve endpoints; applications rarely
 * name these types. Stable within a minor version (types may gain methods between minor
 * versions).
 */
package io.boto4j.core.endpoints;
