package io.boto4j.s3.internal;

import io.boto4j.core.protocol.xml.SecureXml;
import io.boto4j.core.protocol.xml.XmlFormatException;
import io.boto4j.core.protocol.xml.XmlValueReader;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.regex.Pattern;

/**
 * How botocore's {@code S3RegionRedirectorv2.redirect_from_error} recognises an S3 answer that
 * means "this bucket lives in another region", and where it reads that region: pure functions of
 * the response, for {@link RegionRedirects}.
 */
final class WrongRegion {
    /** The header S3 names a bucket's region in. */
    static final String BUCKET_REGION_HEADER = "x-amz-bucket-region";
    /** botocore's {@code validate_region_name}: a DNS label. */
    private static final Pattern REGION_NAME = Pattern.compile("^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$");

    private WrongRegion() {
    }

    /**
     * Whether the answer to {@code operation} is one botocore redirects on:
     * <ul>
     *   <li>HeadObject answered 301 or 400 (a HEAD error has no body, so its code is the status;
     *       a HEAD signed for the wrong region gets a bare 400);
     *   <li>HeadBucket answered 301 or 400 with {@code x-amz-bucket-region};
     *   <li>{@code AuthorizationHeaderMalformed} naming the region to sign for;
     *   <li>a 301, 302 or 307 status, or the {@code PermanentRedirect} code;
     *   <li>{@code IllegalLocationConstraintException}, except for CreateBucket (where it is the
     *       caller's mistake, not the bucket's region).
     * </ul>
     *
     * @param status          the HTTP status as received
     * @param code            the parsed error code, or null for a success
     * @param hasRegionHeader whether the response has {@link #BUCKET_REGION_HEADER}
     * @param errorNamesRegion whether the error body has a {@code Region}
     */
    static boolean isRedirect(String operation, int status, String code, boolean hasRegionHeader,
                              boolean errorNamesRegion) {
        boolean headStatus = "301".equals(code) || "400".equals(code);
        return (headStatus && operation.equals("HeadObject"))
                || (headStatus && operation.equals("HeadBucket") && hasRegionHeader)
                || ("AuthorizationHeaderMalformed".equals(code) && errorNamesRegion)
                || status == 301 || status == 302 || status == 307
                || "PermanentRedirect".equals(code)
                || ("IllegalLocationConstraintException".equals(code) && !operation.equals("CreateBucket"));
    }

    /**
     * The {@code Region} of an S3 error body ({@code <Error><Region>}, or
     * {@code <ErrorResponse><Error><Region>}), or null when it has none, is empty or is not XML.
     */
    static String errorRegion(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            String region = SecureXml.read(body, WrongRegion::regionOfError);
            return region == null || region.isEmpty() ? null : region;
        } catch (XmlFormatException notXml) {
            return null;
        }
    }

    private static String regionOfError(XMLStreamReader root) throws XMLStreamException {
        if (!root.getLocalName().equals("Error") && !XmlValueReader.findChild(root, "Error")) {
            return null;
        }
        return XmlValueReader.findChild(root, "Region") ? XmlValueReader.text(root) : null;
    }

    /**
     * Checks a region from a response as botocore's {@code validate_region_name} does, before it
     * goes into a host name.
     *
     * @throws io.boto4j.core.SdkClientException naming the bucket and the value
     */
    static String checked(String region, String bucket) {
        if (!REGION_NAME.matcher(region).matches()) {
            throw new io.boto4j.core.SdkClientException("S3 named region '" + region + "' for bucket " + bucket
                    + ", which is not a valid region name: not redirecting there");
        }
        return region;
    }
}
