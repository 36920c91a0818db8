package io.boto4j.core.auth.signer;

/**
 * The intermediate values of one SigV4/SigV4a signature. Package-private: tests compare them
 * with the AWS suite, and chunked signing chains from the signature. Never logged.
 */
final class SignatureParts {
    final String amzDate;
    final String scope;
    final String canonicalRequest;
    final String stringToSign;
    final String signature;
    final String authorization;

    SignatureParts(String amzDate, String scope, String canonicalRequest, String stringToSign,
            String signature, String authorization) {
        this.amzDate = amzDate;
        this.scope = scope;
        this.canonicalRequest = canonicalRequest;
        this.stringToSign = stringToSign;
        this.signature = signature;
        this.authorization = authorization;
    }

    @Override
    public String toString() {
        return "SignatureParts[scope=" + scope + "]";
    }
}
