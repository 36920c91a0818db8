package io.boto4j.core.checksums;

import io.boto4j.core.http.Headers;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.Shape;
import io.boto4j.core.model.ShapeType;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which request checksum to send and where, as botocore 1.43.107 decides it
 * ({@code resolve_request_checksum_algorithm} and {@code apply_request_checksum}):
 * <ol>
 *   <li>None when the serialized request already has a header matching
 *       {@code x-amz-checksum-[a-z0-9]*} in any case (the caller supplied a checksum, e.g.
 *       {@code ChecksumCRC32}; note that botocore's pattern also matches
 *       {@code x-amz-checksum-mode} and {@code -type}).
 *   <li>The caller's choice when the operation's {@code httpChecksum} trait names a
 *       {@code requestAlgorithmMember} (S3's {@code ChecksumAlgorithm}) and the call sets it, in
 *       any case; an unsupported name is an error.
 *   <li>Otherwise CRC32 when the operation requires a checksum ({@code httpChecksumRequired}
 *       or {@code requestChecksumRequired}) or has an algorithm member and
 *       {@code request_checksum_calculation} is {@code when_supported}; then the member's
 *       header (S3's {@code x-amz-sdk-checksum-algorithm}) is also sent, saying {@code CRC32}.
 *       Never for a presigned URL. botocore 1.43.107 sends no Content-MD5 here any more.
 *   <li>In a trailer ({@link TrailingChecksumBody}) when the operation has a streaming input (its
 *       payload member is a blob, streaming or not: S3 PutObject, UploadPart) and the endpoint
 *       is https, whatever the body (bytes in memory too); in the header
 *       {@code x-amz-checksum-<alg>} otherwise (over http the payload is signed instead).
 * </ol>
 */
public final class RequestChecksumRules {
    private static final Pattern CHECKSUM_HEADER = Pattern.compile("x-amz-checksum-[a-z0-9]*",
            Pattern.CASE_INSENSITIVE);

    /** Where the checksum goes. */
    public enum Location {
        /** {@code x-amz-checksum-<alg>} on the request: needs the whole body first. */
        HEADER,
        /** An {@code aws-chunked} trailer after the body: see {@link TrailingChecksumBody}. */
        TRAILER
    }

    /**
     * What to send.
     *
     * @param algorithm       the algorithm
     * @param location        header or trailer
     * @param algorithmHeader when the algorithm was defaulted, the header of the operation's
     *                        algorithm member to send with {@code algorithm}'s model name, else null
     */
    public record Plan(ChecksumAlgorithm algorithm, Location location, String algorithmHeader) {
    }

    private RequestChecksumRules() {
    }

    /**
     * The checksum to send with this call, or empty.
     *
     * @param operation      the operation called; its {@code httpChecksum} trait decides
     * @param params         the call's input (the caller's algorithm choice is read from it; null is no choice)
     * @param requestHeaders the serialized request's headers
     * @param calculation    the {@code request_checksum_calculation} setting
     * @param https          whether the endpoint's scheme is https
     * @param presign        whether the request becomes a presigned URL
     * @return what to send, or empty when no checksum is to be sent
     * @throws io.boto4j.core.SdkClientException when the caller chose an unsupported algorithm
     */
    public static Optional<Plan> resolve(OperationModel operation, Map<String, ?> params, Headers requestHeaders,
            ChecksumMode calculation, boolean https, boolean presign) {
        for (String name : requestHeaders.names()) {
            if (CHECKSUM_HEADER.matcher(name).matches()) {
                return Optional.empty();
            }
        }
        String member = operation.httpChecksum().path("requestAlgorithmMember").asText(null);
        ChecksumAlgorithm algorithm;
        String algorithmHeader = null;
        if (member != null && params.get(member) != null) { // a null value is no choice, as in validation
            algorithm = ChecksumAlgorithm.of(String.valueOf(params.get(member)),
                    operation.service().serviceName() + "." + operation.name() + " parameter " + member);
        } else if (operation.httpChecksumRequired()
                || (member != null && calculation == ChecksumMode.WHEN_SUPPORTED)) {
            if (presign) {
                return Optional.empty();
            }
            algorithm = ChecksumAlgorithm.CRC32;
            algorithmHeader = memberLocationName(operation, member);
        } else {
            return Optional.empty();
        }
        Location location = https && hasStreamingInput(operation) ? Location.TRAILER : Location.HEADER;
        return Optional.of(new Plan(algorithm, location, algorithmHeader));
    }

    /**
     * botocore's {@code has_streaming_input}: the input's payload member is a blob.
     *
     * @param operation the operation to look at
     * @return whether its input has a payload member of type blob (streaming or not)
     */
    public static boolean hasStreamingInput(OperationModel operation) {
        Shape input = operation.inputShape();
        String payload = input == null ? null : input.payload();
        Member m = payload == null ? null : input.member(payload);
        return m != null && m.type() == ShapeType.BLOB;
    }

    /** The wire name of the algorithm member (botocore reads its {@code locationName}, whatever its location). */
    private static String memberLocationName(OperationModel operation, String member) {
        Shape input = operation.inputShape();
        if (member == null || input == null || input.type() != ShapeType.STRUCTURE) {
            return null;
        }
        Member m = input.member(member);
        return m == null ? null : m.locationName();
    }
}
