package io.boto4j.core.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.SdkClientException;
import io.boto4j.core.http.Headers;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.transport.RequestBody;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * Flexible request checksums as botocore 1.36+ computes them: for operations with the
 * {@code httpChecksum} trait, the algorithm the caller chose (its request-algorithm member), or
 * CRC32 when a checksum is required or {@code request_checksum_calculation} is
 * {@code when_supported}; sent as {@code x-amz-checksum-<algorithm>} for bodies in memory.
 */
final class RequestChecksums {
    static final String WHEN_SUPPORTED = "when_supported";
    static final String WHEN_REQUIRED = "when_required";
    /** Call attribute: the checksum header computed here (S3's payload-signing rule looks for it). */
    static final String COMPUTED_HEADER = RequestChecksums.class.getName() + ".header";

    private final String calculation;

    RequestChecksums(String calculation) {
        String c = calculation == null ? WHEN_SUPPORTED : calculation.toLowerCase(Locale.ROOT);
        if (!c.equals(WHEN_SUPPORTED) && !c.equals(WHEN_REQUIRED)) {
            throw new IllegalArgumentException("request_checksum_calculation must be when_supported or when_required, got '"
                    + calculation + "'");
        }
        this.calculation = c;
    }

    void apply(CallContext ctx) {
        OperationModel op = ctx.operation();
        Headers headers = ctx.request().headers();
        for (String name : headers.names()) {
            if (name.toLowerCase(Locale.ROOT).startsWith("x-amz-checksum-")) {
                return; // the caller supplied one
            }
        }
        JsonNode trait = op.httpChecksum();
        String algorithmMember = trait.path("requestAlgorithmMember").asText(null);
        boolean required = op.httpChecksumRequired();
        String algorithm;
        boolean defaulted = false;
        if (algorithmMember != null && ctx.input().get(algorithmMember) instanceof String chosen) {
            algorithm = chosen.toLowerCase(Locale.ROOT);
        } else if (required || (algorithmMember != null && calculation.equals(WHEN_SUPPORTED))) {
            algorithm = "crc32";
            defaulted = true;
        } else {
            return;
        }
        RequestBody body = ctx.body();
        if (body != null && body.bytes() == null) {
            // A stream: its checksum would need an aws-chunked trailer, not sent yet. Claim no
            // algorithm we do not send.
            return;
        }
        byte[] bytes = body == null ? new byte[0] : body.bytes();
        headers.set("x-amz-checksum-" + algorithm, digest(algorithm, bytes, op));
        ctx.attributes().put(COMPUTED_HEADER, "x-amz-checksum-" + algorithm);
        Member m = algorithmMember == null || op.inputShape() == null ? null : op.inputShape().member(algorithmMember);
        if (defaulted && m != null && "header".equals(m.location())) {
            headers.set(m.wireName(), "CRC32");
        }
    }

    static String digest(String algorithm, byte[] bytes, OperationModel op) {
        switch (algorithm) {
            case "crc32":
                return crc(new CRC32(), bytes);
            case "crc32c":
                return crc(new CRC32C(), bytes);
            case "sha1":
                return hash("SHA-1", bytes);
            case "sha256":
                return hash("SHA-256", bytes);
            case "sha512":
                return hash("SHA-512", bytes);
            default:
                throw new SdkClientException("Unsupported checksum algorithm '" + algorithm + "' for "
                        + op.service().serviceName() + "." + op.name() + " (supported: CRC32, CRC32C, SHA1, SHA256, SHA512)");
        }
    }

    private static String crc(Checksum c, byte[] bytes) {
        c.update(bytes, 0, bytes.length);
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(4).putInt((int) c.getValue()).array());
    }

    private static String hash(String name, byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance(name).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(name + " is part of every JDK", e);
        }
    }
}
