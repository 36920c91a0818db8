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

    public static Builder builder() {
        return new Builder();
    }

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

    /** Null for anonymous and bearer-token signing. */
    public Credentials credentials() {
        return credentials;
    }

    /** The token of bearer-token auth, or null. */
    public String bearerToken() {
        return bearerToken;
    }

    public String region() {
        return region;
    }

    /** The service's signing name (model {@code signingName}, else its endpoint prefix). */
    public String signingName() {
        return signingName;
    }

    /** SigV4a's region set ({@code X-Amz-Region-Set}); defaults to the region. */
    public String regionSet() {
        return regionSet != null ? regionSet : region;
    }

    /** The fixed signing time, or null to use the clock. */
    public Instant signingTime() {
        return signingTime;
    }

    /** Added to the signing time: the difference between the server's clock and ours. */
    public Duration clockSkew() {
        return clockSkew;
    }

    /** The instant that goes into the signature: the fixed time or now, plus the clock skew. */
    public Instant effectiveSigningTime() {
        Instant base = signingTime != null ? signingTime : Instant.now();
        return clockSkew.isZero() ? base : base.plus(clockSkew);
    }

    public boolean doubleUriEncode() {
        return doubleUriEncode;
    }

    public boolean normalizePath() {
        return normalizePath;
    }

    /** False: the payload hash is {@code UNSIGNED-PAYLOAD} (the caller's choice; S3 included). */
    public boolean payloadSigningEnabled() {
        return payloadSigningEnabled;
    }

    public boolean signContentSha256Header() {
        return signContentSha256Header;
    }

    /** A payload hash the caller computed already (e.g. while reading a file), or null. */
    public String payloadHash() {
        return payloadHash;
    }

    /** Whether the operation's payload is a stream (S3 leaves such payloads unsigned over TLS). */
    public boolean streamingInput() {
        return streamingInput;
    }

    /**
     * Whether the operation asks for an unsigned payload ({@code unsignedPayload},
     * {@code v4-unsigned-body}): always honoured by SigV4, by S3's rules only over TLS with a checksum.
     */
    public boolean unsignedPayloadOperation() {
        return unsignedPayloadOperation;
    }

    /**
     * The flexible-checksum header the SDK computed for this request ({@code x-amz-checksum-crc32}),
     * or null: then {@code Content-MD5} is the checksum S3's payload rule looks for.
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

        public Builder credentials(Credentials credentials) {
            this.credentials = credentials;
            return this;
        }

        public Builder bearerToken(String bearerToken) {
            this.bearerToken = bearerToken;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder signingName(String signingName) {
            this.signingName = signingName;
            return this;
        }

        public Builder regionSet(String regionSet) {
            this.regionSet = regionSet;
            return this;
        }

        public Builder signingTime(Instant signingTime) {
            this.signingTime = signingTime;
            return this;
        }

        public Builder clockSkew(Duration clockSkew) {
            this.clockSkew = Objects.requireNonNull(clockSkew, "clockSkew");
            return this;
        }

        public Builder doubleUriEncode(boolean doubleUriEncode) {
            this.doubleUriEncode = doubleUriEncode;
            return this;
        }

        public Builder normalizePath(boolean normalizePath) {
            this.normalizePath = normalizePath;
            return this;
        }

        public Builder payloadSigningEnabled(boolean payloadSigningEnabled) {
            this.payloadSigningEnabled = payloadSigningEnabled;
            return this;
        }

        public Builder signContentSha256Header(boolean signContentSha256Header) {
            this.signContentSha256Header = signContentSha256Header;
            return this;
        }

        public Builder payloadHash(String payloadHash) {
            this.payloadHash = payloadHash;
            return this;
        }

        public Builder streamingInput(boolean streamingInput) {
            this.streamingInput = streamingInput;
            return this;
        }

        public Builder unsignedPayloadOperation(boolean unsignedPayloadOperation) {
            this.unsignedPayloadOperation = unsignedPayloadOperation;
            return this;
        }

        public Builder checksumHeader(String checksumHeader) {
            this.checksumHeader = checksumHeader;
            return this;
        }

        /** S3's rules: the path as sent, encoded once, and {@code x-amz-content-sha256} always sent. */
        public Builder s3Rules() {
            this.doubleUriEncode = false;
            this.normalizePath = false;
            this.signContentSha256Header = true;
            return this;
        }

        public SigningParams build() {
            return new SigningParams(this);
        }
    }
}
