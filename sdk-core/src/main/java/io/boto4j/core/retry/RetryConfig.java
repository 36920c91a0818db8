package io.boto4j.core.retry;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A client's resolved retry settings: the mode and, when configured, the total number of
 * attempts (first attempt included).
 *
 * <p>botocore has two spellings of "max attempts" and they differ by one: the client config's
 * {@code retries={'max_attempts': n}} counts <em>retries</em> (total = n + 1), while
 * {@code retries={'total_max_attempts': n}}, {@code AWS_MAX_ATTEMPTS} and the config file's
 * {@code max_attempts} count <em>attempts</em>. The builder takes both and applies botocore's
 * precedence (total attempts wins). When nothing is configured each mode keeps its own default:
 * 3 for standard and adaptive, the {@code _retry.json} value (5, DynamoDB 10) for legacy.
 *
 * @param mode             the retry mode
 * @param totalMaxAttempts the total attempts configured, at least 1; empty for the mode's default
 */
public record RetryConfig(RetryMode mode, OptionalInt totalMaxAttempts) {

    /** botocore's default total attempts in standard and adaptive modes. */
    public static final int DEFAULT_STANDARD_MAX_ATTEMPTS = 3;

    /**
     * Checks the components.
     *
     * @param mode             the retry mode
     * @param totalMaxAttempts the total attempts configured; empty for the mode's default
     * @throws NullPointerException when either component is null
     * @throws IllegalArgumentException when {@code totalMaxAttempts} is below 1
     */
    public RetryConfig {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(totalMaxAttempts, "totalMaxAttempts");
        if (totalMaxAttempts.isPresent() && totalMaxAttempts.getAsInt() < 1) {
            throw new IllegalArgumentException("Value provided to \"total_max_attempts\": "
                    + totalMaxAttempts.getAsInt() + " must be an integer greater than or equal to 1.");
        }
    }

    /** {@return botocore's default: legacy mode, per-service attempts from {@code _retry.json}} */
    public static RetryConfig defaults() {
        return new RetryConfig(RetryMode.LEGACY, OptionalInt.empty());
    }

    /** {@return a new builder with nothing configured} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return total attempts for standard/adaptive: the configured value or 3} */
    public int standardMaxAttempts() {
        return totalMaxAttempts.orElse(DEFAULT_STANDARD_MAX_ATTEMPTS);
    }

    /** Collects configured values in any order, then resolves them as botocore does. */
    public static final class Builder {
        private String mode;
        private Integer totalMaxAttempts;
        private Integer maxRetryAttempts;

        private Builder() {
        }

        /**
         * Sets the retry mode (botocore's {@code retry_mode}, {@code AWS_RETRY_MODE}).
         *
         * @param mode {@code standard}, {@code adaptive} or {@code legacy}, exactly; null means legacy
         *             (botocore's default). Checked by {@link #build()}.
         * @return this builder
         */
        public Builder mode(String mode) {
            this.mode = mode;
            return this;
        }

        /**
         * Sets the total number of attempts per call, the first one included.
         *
         * @param totalMaxAttempts total attempts, first one included ({@code total_max_attempts},
         *                         {@code AWS_MAX_ATTEMPTS}); null when not configured. Wins over
         *                         {@link #maxRetryAttempts}.
         * @return this builder
         */
        public Builder totalMaxAttempts(Integer totalMaxAttempts) {
            this.totalMaxAttempts = totalMaxAttempts;
            return this;
        }

        /**
         * Sets the number of retries after the first attempt, the older way to bound attempts; ignored
         * when {@link #totalMaxAttempts} is set.
         *
         * @param maxRetryAttempts retries after the first attempt, zero or more (botocore client config
         *                         {@code retries={'max_attempts': n}}); null when not configured.
         *                         Checked by {@link #build()}.
         * @return this builder
         */
        public Builder maxRetryAttempts(Integer maxRetryAttempts) {
            this.maxRetryAttempts = maxRetryAttempts;
            return this;
        }

        /**
         * Resolves the values collected.
         *
         * @return the configuration
         * @throws IllegalArgumentException for an unknown mode or an out-of-range count, with
         *                                  botocore's message
         */
        public RetryConfig build() {
            RetryMode resolvedMode = mode == null ? RetryMode.LEGACY : RetryMode.fromConfigName(mode);
            if (totalMaxAttempts != null) {
                return new RetryConfig(resolvedMode, OptionalInt.of(totalMaxAttempts));
            }
            if (maxRetryAttempts != null) {
                if (maxRetryAttempts < 0) {
                    throw new IllegalArgumentException("Value provided to \"max_attempts\": " + maxRetryAttempts
                            + " must be an integer greater than or equal to 0.");
                }
                return new RetryConfig(resolvedMode, OptionalInt.of(maxRetryAttempts + 1));
            }
            return new RetryConfig(resolvedMode, OptionalInt.empty());
        }
    }
}
