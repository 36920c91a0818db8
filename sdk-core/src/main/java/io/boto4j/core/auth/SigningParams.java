package io.boto4j.core.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Everything a signer needs besides the request: who signs (credentials or a bearer token),
 * for which region and service, at what time, and the canonicalisation rules of the service.
 * Immutable; build one with {@link #builder()} and derive variants with {@link #toBuilder()}.
 *
 * <p>Defaults follow botocore's plain SigV4: the path is normalised and encoded a second time,
 * the payload is hashed, and {@code x-amz-content-sha256} is not sent. S3 uses the opposite of
 * all three ({@link Builder#s3Rules()}).
 */
public final class SigningParams {
    private final Credentials credentials;
    private final String bearerToken;
    private final String region;
    private final String signingName;
    private final String regionSet;
    private final Instant signingTime;
    private final Duration clockSkew;
    private final boolean doubleUriEncode;
    private final boolean normalizePath;
    private final boolean payloadSigningEnabled;
    private final boolean signContentSha256Header;
    private final String payloadHash;
    private final boolean streamingInput;
    private final boolean unsignedPayloadOperation;
    private final String checksumHeader;

    private SigningParams(Builder b) {
        this.credentials = b.credentials;
        this.bearerToken = b.bearerToken;
        this.region = b.region;
        this.signingName = b.signingName;
        this.regionSet = b.regionSet;
        this.signingTime = b.signingTime;
        this.clockSkew = b.clockSkew == null ? Duration.ZERO : b.clockSkew;
        this.doubleUriEncode = b.doubleUriEncode;
        this.normalizePath = b.normalizePath;
        this.payloadSigningEnabled = b.payloadSigningEnabled;
        this.signContentSha256Header = b.signContentSha256Header;
        this.payloadHash = b.payloadHash;
        this.streamingInput = b.streamingInput;
        this.unsignedPayloadOperation = b.unsignedPayloadOperation;
        this.checksumHeader = b.checksumHeader;
    }

    /**
     * Starts a new set of parameters with botocore's plain SigV4 defaults.
     *
     * @return a builder; region, signing name and identity have no default
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these parameters, for a variant (another signing time, the S3 rules...).
     *
     * @return a new builder; changing it leaves this object as it is
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.credentials = credentials;
        b.bearerToken = bearerToken;
        b.region = region;
        b.signingName = signingName;
        b.regionSet = regionSet;
        b.signingTime = signingTime;
        b.clockSkew = clockSkew;
        b.doubleUriEncode = doubleUriEncode;
        b.normalizePath = normalizePath;
        b.payloadSigningEnabled = payloadSigningEnabled;
        b.signContentSha256Header = signContentSha256Header;
        b.payloadHash = payloadHash;
        b.streamingInput = streamingInput;
        b.unsignedPayloadOperation = unsignedPayloadOperation;
        b.checksumHeader = checksumHeader;
        return b;
    }

    /**
     * The credentials that sign (SigV4, SigV4a).
     *
     * @return the credentials, or null for anonymous and bearer-token signing
     */
    public Credentials credentials() {
        return credentials;
    }

    /**
     * The token of bearer-token auth.
     *
     * @return the token, or null when another scheme signs
     */
    public String bearerToken() {
        return bearerToken;
    }

    /**
     * The region in the credential scope, e.g. {@code us-east-1}.
     *
     * @return the signing region (it may differ from the endpoint's region), or null when unset
     */
    public String region() {
        return region;
    }

    /**
     * The service's signing name (model {@code signingName}, else its endpoint prefix).
     *
     * @return the name in the credential scope, e.g. {@code s3} or {@code execute-api}
     */
    public String signingName() {
        return signingName;
    }

    /**
     * SigV4a's region set ({@code X-Amz-Region-Set}); defaults to the region.
     *
     * @return the comma-separated regions or {@code *}, or {@link #region()} when none was set
     */
    public String regionSet() {
        return regionSet != null ? regionSet : region;
    }

    /**
     * The fixed signing time (tests, presigned URLs made for a given moment).
     *
     * @return the time, or null to use the clock
     */
    public Instant signingTime() {
        return signingTime;
    }

    /**
     * Added to the signing time: the difference between the server's clock and ours.
     *
     * @return the skew (negative when our clock is ahead); {@link Duration#ZERO} by default
     */
    public Duration clockSkew() {
        return clockSkew;
    }

    /**
     * The instant that goes into the signature: the fixed time or now, plus the clock skew.
     *
     * @return a new instant on each call when no time is fixed
     */
    public Instant effectiveSigningTime() {
        Instant base = signingTime != null ? signingTime : Instant.now();
        return clockSkew.isZero() ? base : base.plus(clockSkew);
    }

    /**
     * Whether the canonical path is URI-encoded a second time (SigV4's default; not for S3).
     *
     * @return true unless S3's rules apply
     */
    public boolean doubleUriEncode() {
        return doubleUriEncode;
    }

    /**
     * Whether the canonical path is normalised (its {@code .} and {@code ..} segments removed)
     * before signing; S3 signs the path as sent.
     *
     * @return true unless S3's rules apply
     */
    public boolean normalizePath() {
        return normalizePath;
    }

    /**
     * False: the payload hash is {@code UNSIGNED-PAYLOAD} (the caller's choice; S3 included).
     *
     * @return true (the default) when the payload is hashed into the signature
     */
    public boolean payloadSigningEnabled() {
        return payloadSigningEnabled;
    }

    /**
     * Whether the payload hash is also sent, and signed, as {@code x-amz-content-sha256}
     * (S3 requires it).
     *
     * @return false by default, true under S3's rules
     */
    public boolean signContentSha256Header() {
        return signContentSha256Header;
    }

    /**
     * A payload hash the caller computed already (e.g. while reading a file), used instead of
     * hashing the body.
     *
     * @return the lowercase hex SHA-256 of the payload (or a marker such as
     *         {@code UNSIGNED-PAYLOAD}), or null to let the signer decide
     */
    public String payloadHash() {
        return payloadHash;
    }

    /**
     * Whether the operation's payload is a stream (S3 leaves such payloads unsigned over TLS).
     *
     * @return true when the input's payload member is a streaming blob
     */
    public boolean streamingInput() {
        return streamingInput;
    }

    /**
     * Whether the operation asks for an unsigned payload ({@code unsignedPayload},
     * {@code v4-unsigned-body}): always honoured by SigV4, by S3's rules only over TLS with a checksum.
     *
     * @return true when the model marks the operation so
     */
    public boolean unsignedPayloadOperation() {
        return unsignedPayloadOperation;
    }

    /**
     * The flexible-checksum header the SDK computed for this request ({@code x-amz-checksum-crc32}),
     * or null: then {@code Content-MD5} is the checksum S3's payload rule looks for.
     *
     * @return the header name, or null
     */
    public String checksumHeader() {
        return checksumHeader;
    }

    /** Scope and flags only: the credentials print without their secret, the token not at all. */
    @Override
    public String toString() {
        return "SigningParams[region=" + region + ", signingName=" + signingName
                + ", credentials=" + credentials + (bearerToken != null ? ", bearerToken=***" : "")
                + ", signingTime=" + signingTime + ", clockSkew=" + clockSkew
                + ", doubleUriEncode=" + doubleUriEncode + ", normalizePath=" + normalizePath
                + ", payloadSigningEnabled=" + payloadSigningEnabled
                + ", signContentSha256Header=" + signContentSha256Header + "]";
    }

    /** Builds {@link SigningParams}; not thread-safe. Each setter returns this builder. */
    public static final class Builder {
        private Credentials credentials;
        private String bearerToken;
        private String region;
        private String signingName;
        private String regionSet;
        private Instant signingTime;
        private Duration clockSkew = Duration.ZERO;
        private boolean doubleUriEncode = true;
        private boolean normalizePath = true;
        private boolean payloadSigningEnabled = true;
        private boolean signContentSha256Header;
        private String payloadHash;
        private boolean streamingInput;
        private boolean unsignedPayloadOperation;
        private String checksumHeader;

        private Builder() {
        }

        /**
         * Sets the credentials that sign.
         *
         * @param credentials the credentials; null for anonymous or bearer-token signing
         * @return this builder
         */
        public Builder credentials(Credentials credentials) {
            this.credentials = credentials;
            return this;
        }

        /**
         * Sets the token of bearer-token auth.
         *
         * @param bearerToken the token text; null for none
         * @return this builder
         */
        public Builder bearerToken(String bearerToken) {
            this.bearerToken = bearerToken;
            return this;
        }

        /**
         * Sets the region of the credential scope.
         *
         * @param region the signing region, e.g. {@code eu-west-1}
         * @return this builder
         */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /**
         * Sets the service name of the credential scope.
         *
         * @param signingName the signing name, e.g. {@code s3}
         * @return this builder
         */
        public Builder signingName(String signingName) {
            this.signingName = signingName;
            return this;
        }

        /**
         * Sets SigV4a's region set.
         *
         * @param regionSet comma-separated regions or {@code *}; null to use the region
         * @return this builder
         */
        public Builder regionSet(String regionSet) {
            this.regionSet = regionSet;
            return this;
        }

        /**
         * Fixes the signing time.
         *
         * @param signingTime the time to sign at; null (the default) to use the clock
         * @return this builder
         */
        public Builder signingTime(Instant signingTime) {
            this.signingTime = signingTime;
            return this;
        }

        /**
         * Sets the correction added to the signing time.
         *
         * @param clockSkew the server's clock minus ours, not null; default zero
         * @return this builder
         * @throws NullPointerException when {@code clockSkew} is null
         */
        public Builder clockSkew(Duration clockSkew) {
            this.clockSkew = Objects.requireNonNull(clockSkew, "clockSkew");
            return this;
        }

        /**
         * Sets whether the canonical path is encoded a second time.
         *
         * @param doubleUriEncode true (the default) for SigV4's rule, false for S3's
         * @return this builder
         */
        public Builder doubleUriEncode(boolean doubleUriEncode) {
            this.doubleUriEncode = doubleUriEncode;
            return this;
        }

        /**
         * Sets whether the canonical path is normalised.
         *
         * @param normalizePath true (the default) for SigV4's rule, false for S3's
         * @return this builder
         */
        public Builder normalizePath(boolean normalizePath) {
            this.normalizePath = normalizePath;
            return this;
        }

        /**
         * Sets whether the payload is hashed into the signature.
         *
         * @param payloadSigningEnabled true (the default), or false for {@code UNSIGNED-PAYLOAD}
         * @return this builder
         */
        public Builder payloadSigningEnabled(boolean payloadSigningEnabled) {
            this.payloadSigningEnabled = payloadSigningEnabled;
            return this;
        }

        /**
         * Sets whether {@code x-amz-content-sha256} is sent and signed.
         *
         * @param signContentSha256Header true to send it; default false
         * @return this builder
         */
        public Builder signContentSha256Header(boolean signContentSha256Header) {
            this.signContentSha256Header = signContentSha256Header;
            return this;
        }

        /**
         * Supplies a payload hash computed already, so the signer does not hash the body.
         *
         * @param payloadHash the lowercase hex SHA-256 of the payload; null (the default) for none
         * @return this builder
         */
        public Builder payloadHash(String payloadHash) {
            this.payloadHash = payloadHash;
            return this;
        }

        /**
         * Sets whether the operation's payload is a stream.
         *
         * @param streamingInput true for a streaming blob payload; default false
         * @return this builder
         */
        public Builder streamingInput(boolean streamingInput) {
            this.streamingInput = streamingInput;
            return this;
        }

        /**
         * Sets whether the model asks for an unsigned payload for the operation.
         *
         * @param unsignedPayloadOperation true for {@code unsignedPayload} or {@code v4-unsigned-body}; default false
         * @return this builder
         */
        public Builder unsignedPayloadOperation(boolean unsignedPayloadOperation) {
            this.unsignedPayloadOperation = unsignedPayloadOperation;
            return this;
        }

        /**
         * Names the flexible-checksum header the SDK computed for the request.
         *
         * @param checksumHeader e.g. {@code x-amz-checksum-crc32}; null (the default) for none
         * @return this builder
         */
        public Builder checksumHeader(String checksumHeader) {
            this.checksumHeader = checksumHeader;
            return this;
        }

        /**
         * S3's rules: the path as sent, encoded once, and {@code x-amz-content-sha256} always sent.
         *
         * @return this builder
         */
        public Builder s3Rules() {
            this.doubleUriEncode = false;
            this.normalizePath = false;
            this.signContentSha256Header = true;
            return this;
        }

        /**
         * Builds the parameters; nothing is validated here (the signer reports what is missing).
         *
         * @return new, immutable parameters
         */
        public SigningParams build() {
            return new SigningParams(this);
        }
    }
}
