package io.boto4j.core.waiter;

/**
 * A waiter reached its success state.
 *
 * @param attempts how many calls were made
 * @param lastAttempt the call that matched (an output, or the expected error, e.g. for
 *     TableNotExists)
 * @param acceptor the success acceptor that matched
 */
public record WaiterResult(int attempts, Attempt lastAttempt, Acceptor acceptor) {
}
