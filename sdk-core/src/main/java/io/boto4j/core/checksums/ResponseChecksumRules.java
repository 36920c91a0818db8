package io.boto4j.core.checksums;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.core.http.Headers;
import io.boto4j.core.model.OperationModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which response checksum to validate, as botocore 1.43.107 decides it (its handlers
 * {@code _handle_request_validation_mode_member}, {@code resolve_response_checksum_algorithms}
 * and {@code handle_checksum_body}):
 * <ol>
 *   <li>Before the parameters are built: with {@code response_checksum_validation =
 *       when_supported} (the default), an operation whose {@code httpChecksum} trait names a
 *       {@code requestValidationModeMember} (S3 GetObject's {@code ChecksumMode}) gets that
 *       member set to {@code ENABLED} unless the caller set it ({@link #defaultValidationMode}).
 *       With {@code when_required} only a caller's own {@code ChecksumMode} asks for validation.
 *   <li>When the member is present (whatever its value), the algorithms to look for are the
 *       trait's {@code responseAlgorithms} that boto4j supports, in botocore's priority order
 *       ({@link #PRIORITY}: CRC64NVME, CRC32C, CRC32, SHA1, SHA256, SHA512)
 *       ({@link #algorithmsToValidate}).
 *   <li>On the response: the first of those whose {@code x-amz-checksum-<alg>} header is
 *       present and is not the checksum of a multipart object's part checksums (a value with
 *       {@code -}, e.g. {@code "abc=-3"}, which is not base64 and not the body's checksum)
 *       is validated; none present, nothing is validated ({@link #select}). The body of a
 *       streaming output is validated as it streams (a mismatch fails the stream at its end),
 *       any other body in memory before parsing ({@link ExpectedChecksum}).
 * </ol>
 */
public final class ResponseChecksumRules {
    /**
     * botocore's {@code _ALGORITHMS_PRIORITY_LIST} less the XXHASH family, which boto4j does
     * not implement (botocore needs awscrt 0.31.2 for those; without awscrt it has only
     * CRC32, SHA1, SHA256 and SHA512).
     */
    public static final List<ChecksumAlgorithm> PRIORITY = List.of(ChecksumAlgorithm.CRC64NVME,
            ChecksumAlgorithm.CRC32C, ChecksumAlgorithm.CRC32, ChecksumAlgorithm.SHA1, ChecksumAlgorithm.SHA256,
            ChecksumAlgorithm.SHA512);

    /** The value botocore gives the validation mode member. */
    public static final String ENABLED = "ENABLED";

    private ResponseChecksumRules() {
    }

    /**
     * Sets the operation's validation mode member (S3's {@code ChecksumMode}) to
     * {@code ENABLED} when validation is {@code when_supported} and the caller left it unset.
     *
     * @param operation  the operation called; its {@code httpChecksum} trait names the member
     * @param params     the call's input, changed in place; must be mutable
     * @param validation the {@code response_checksum_validation} setting
     * @return whether {@code params} was changed
     */
    public static boolean defaultValidationMode(OperationModel operation, Map<String, Object> params,
            ChecksumMode validation) {
        String member = validationModeMember(operation);
        if (member == null || validation != ChecksumMode.WHEN_SUPPORTED || params.containsKey(member)) {
            return false;
        }
        params.put(member, ENABLED);
        return true;
    }

    /**
     * The algorithms to look for in the response, best first; empty when the call did not ask
     * for validation (its validation mode member is absent) or the operation has none.
     *
     * @param operation the operation called; its trait lists the {@code responseAlgorithms}
     * @param params    the call's input, after {@link #defaultValidationMode}
     * @return an immutable list in {@link #PRIORITY} order, possibly empty
     */
    public static List<ChecksumAlgorithm> algorithmsToValidate(OperationModel operation, Map<String, ?> params) {
        return Validation.of(operation).algorithmsFor(params);
    }

    /**
     * What an operation's model says about response validation, worked out once per operation
     * (a caller keeps it): the validation mode member, and the usable response algorithms, best first.
     *
     * @param member     the validation mode member (S3 GetObject's {@code ChecksumMode}), or null for none
     * @param algorithms the trait's {@code responseAlgorithms} that boto4j supports, in {@link #PRIORITY} order
     */
    public record Validation(String member, List<ChecksumAlgorithm> algorithms) {
        /**
         * Keeps an unmodifiable copy of the algorithms.
         *
         * @param member     the validation mode member, or null for none
         * @param algorithms the usable response algorithms, best first
         */
        public Validation {
            algorithms = List.copyOf(algorithms);
        }

        /**
         * Reads the operation's {@code httpChecksum} trait.
         *
         * @param operation the operation whose responses are to be validated
         * @return its validation rules; no member and no algorithms when it has none
         */
        public static Validation of(OperationModel operation) {
            String member = validationModeMember(operation);
            if (member == null) {
                return new Validation(null, List.of());
            }
            Set<String> offered = new TreeSet<>();
            for (JsonNode a : operation.httpChecksum().path("responseAlgorithms")) {
                offered.add(a.asText().toUpperCase(Locale.ROOT));
            }
            List<ChecksumAlgorithm> usable = new ArrayList<>(PRIORITY.size());
            for (ChecksumAlgorithm a : PRIORITY) {
                if (offered.contains(a.modelName())) {
                    usable.add(a);
                }
            }
            return new Validation(member, usable);
        }

        /**
         * The algorithms to look for in the response to a call with {@code params}: none unless
         * the call set the validation mode member.
         *
         * @param params the call's input
         * @return the algorithms to check, best first; empty for none
         */
        public List<ChecksumAlgorithm> algorithmsFor(Map<String, ?> params) {
            return member == null || !params.containsKey(member) ? List.of() : algorithms;
        }
    }

    /**
     * The checksum to validate the body against: the first algorithm of {@code algorithms}
     * whose header the response has with a value that is not a multipart part-of-parts
     * checksum; empty when there is none.
     *
     * @param responseHeaders the response's headers
     * @param algorithms      the algorithms to look for, best first, from {@link #algorithmsToValidate}
     * @return the checksum to validate, or empty
     */
    public static Optional<ExpectedChecksum> select(Headers responseHeaders, List<ChecksumAlgorithm> algorithms) {
        for (ChecksumAlgorithm a : algorithms) {
            String value = responseHeaders.first(a.headerName());
            if (value == null || value.indexOf('-') >= 0) {
                continue;
            }
            return Optional.of(new ExpectedChecksum(a, value));
        }
        return Optional.empty();
    }

    private static String validationModeMember(OperationModel operation) {
        return operation.httpChecksum().path("requestValidationModeMember").asText(null);
    }
}
