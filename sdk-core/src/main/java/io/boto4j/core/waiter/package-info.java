/**
 * Waiters: {@code waiters-2.json} definitions ({@link io.boto4j.core.waiter.WaiterModel}) and a
 * transport-neutral engine ({@link io.boto4j.core.waiter.Waiter}) with botocore's acceptor
 * semantics. The transport layers supply the call, an adapter from their service exception to
 * {@link io.boto4j.core.waiter.ErrorInfo}, and a {@link io.boto4j.core.pipeline.Delayer}.
 *
 * <p><b>Tier: user API.</b> Exported to every module; applications name these types. Stable
 * within a major version.
 */
package io.boto4j.core.waiter;
