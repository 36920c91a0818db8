/**
 * The pipeline's transport and delayer on Vert.x 5 core: a pooled {@code HttpClient}, bodies
 * streamed both ways with back-pressure, timers for retry back-off and response timeouts.
 * Not exported: {@code io.boto4j.async.AsyncClient} wires them.
 */
package io.boto4j.async.transport;
