package io.boto4j.core.auth.signer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.core.auth.Credentials;
import io.boto4j.core.auth.SigningParams;
import io.boto4j.core.http.SdkHttpRequest;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECFieldFp;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class AwsV4aSignerTest {
    private static final Instant TIME = Instant.parse("2015-08-30T12:36:00Z");
    private static final Credentials CREDENTIALS =
            Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

    /**
     * Known answer: the private key the AWS Common Runtime's own test (aws-crt-java
     * EccKeyPairTest) expects for these throwaway credentials.
     */
    @Test
    void derivesTheKeyTheAwsRuntimeDerives() {
        BigInteger d = SigV4aKeys.derivePrivateScalar("AKISORANDOMAASORANDOM",
                "q+jcrXGc+0zWN6uzclKVhvMmUsIfRPa4rlRandom");
        assertEquals("7fd3bd010c0d9c292141c2b77bfbde1042c92e6836fff749d1269ec890fca1bd", String.format("%064x", d));
    }

    @Test
    void headerSignatureVerifiesWithTheDerivedPublicKey() throws Exception {
        SdkHttpRequest request = new SdkHttpRequest("GET", URI.create("https://example.amazonaws.com"), "/");
        SigningParams params = SigningParams.builder().credentials(CREDENTIALS).region("us-east-1")
                .regionSet("us-east-1,us-west-2").signingName("service").signingTime(TIME).build();

        SignatureParts parts = AwsV4aSigner.create().signHeaders(request, params);

        assertEquals("us-east-1,us-west-2", request.headers().first("X-Amz-Region-Set"));
        assertEquals("GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n"
                + "x-amz-region-set:us-east-1,us-west-2\n\nhost;x-amz-date;x-amz-region-set\n"
                + Hashing.EMPTY_SHA256, parts.canonicalRequest);
        assertTrue(parts.stringToSign.startsWith(
                "AWS4-ECDSA-P256-SHA256\n20150830T123600Z\n20150830/service/aws4_request\n"), parts.stringToSign);
        assertTrue(request.headers().first("Authorization").startsWith(
                "AWS4-ECDSA-P256-SHA256 Credential=AKIDEXAMPLE/20150830/service/aws4_request, "
                        + "SignedHeaders=host;x-amz-date;x-amz-region-set, Signature="));
        assertTrue(verify(parts.stringToSign, parts.signature, CREDENTIALS));
        assertFalse(verify(parts.stringToSign + "x", parts.signature, CREDENTIALS));
    }

    @Test
    void presignedUrlCarriesTheRegionSetAndAVerifiableSignature() throws Exception {
        SdkHttpRequest request = new SdkHttpRequest("GET", URI.create("https://mrap.accesspoint.s3-global.amazonaws.com"),
                "/key");
        SigningParams params = SigningParams.builder().credentials(CREDENTIALS).regionSet("*")
                .signingName("s3").signingTime(TIME).s3Rules().build();

        AwsSignerBase.Presigned presigned = AwsV4aSigner.create().presignParts(request, params, Duration.ofHours(1));

        String url = presigned.uri.toString();
        assertTrue(url.startsWith("https://mrap.accesspoint.s3-global.amazonaws.com/key?"
                + "X-Amz-Algorithm=AWS4-ECDSA-P256-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20150830%2Fs3%2Faws4_request"
                + "&X-Amz-Date=20150830T123600Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Region-Set=%2A"
                + "&X-Amz-Signature="), url);
        assertTrue(presigned.parts.canonicalRequest.endsWith("\nUNSIGNED-PAYLOAD"));
        assertTrue(verify(presigned.parts.stringToSign, presigned.parts.signature, CREDENTIALS));
    }

    private static boolean verify(String stringToSign, String signatureHex, Credentials credentials)
            throws Exception {
        BigInteger d = SigV4aKeys.derivePrivateScalar(credentials.accessKeyId(), credentials.secretAccessKey());
        ECParameterSpec p256 = SigV4aKeys.P256;
        ECPoint q = multiply(p256.getGenerator(), d, p256);
        PublicKey publicKey = KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(q, p256));
        Signature ecdsa = Signature.getInstance("SHA256withECDSA");
        ecdsa.initVerify(publicKey);
        ecdsa.update(stringToSign.getBytes(StandardCharsets.UTF_8));
        return ecdsa.verify(HexFormat.of().parseHex(signatureHex));
    }

    /** Public key = d·G: plain double-and-add in affine coordinates (the JDK exposes no such call). */
    private static ECPoint multiply(ECPoint g, BigInteger k, ECParameterSpec spec) {
        BigInteger p = ((ECFieldFp) spec.getCurve().getField()).getP();
        BigInteger a = spec.getCurve().getA();
        ECPoint result = ECPoint.POINT_INFINITY;
        ECPoint addend = g;
        for (int i = 0; i < k.bitLength(); i++) {
            if (k.testBit(i)) {
                result = add(result, addend, p, a);
            }
            addend = add(addend, addend, p, a);
        }
        return result;
    }

    private static ECPoint add(ECPoint s, ECPoint t, BigInteger p, BigInteger a) {
        if (s.equals(ECPoint.POINT_INFINITY)) {
            return t;
        }
        if (t.equals(ECPoint.POINT_INFINITY)) {
            return s;
        }
        BigInteger lambda;
        if (s.getAffineX().equals(t.getAffineX())) {
            if (!s.getAffineY().equals(t.getAffineY()) || s.getAffineY().signum() == 0) {
                return ECPoint.POINT_INFINITY;
            }
            BigInteger x = s.getAffineX();
            lambda = x.pow(2).multiply(BigInteger.valueOf(3)).add(a)
                    .multiply(s.getAffineY().shiftLeft(1).modInverse(p)).mod(p);
        } else {
            lambda = t.getAffineY().subtract(s.getAffineY())
                    .multiply(t.getAffineX().subtract(s.getAffineX()).modInverse(p)).mod(p);
        }
        BigInteger x3 = lambda.pow(2).subtract(s.getAffineX()).subtract(t.getAffineX()).mod(p);
        BigInteger y3 = lambda.multiply(s.getAffineX().subtract(x3)).subtract(s.getAffineY()).mod(p);
        return new ECPoint(x3, y3);
    }
}
