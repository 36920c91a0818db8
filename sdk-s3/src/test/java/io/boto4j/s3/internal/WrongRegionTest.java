package io.boto4j.s3.internal;

import io.boto4j.core.SdkClientException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure parts of region redirects: which answers redirect, where the region is read, ARNs. */
class WrongRegionTest {

    @Test
    void theAnswersBotocoreRedirectsOn() {
        assertTrue(WrongRegion.isRedirect("HeadObject", 400, "400", false, false));
        assertTrue(WrongRegion.isRedirect("HeadObject", 301, "301", false, false));
        assertFalse(WrongRegion.isRedirect("HeadBucket", 400, "400", false, false), "HeadBucket needs the header");
        assertTrue(WrongRegion.isRedirect("HeadBucket", 400, "400", true, false));
        assertTrue(WrongRegion.isRedirect("PutObject", 400, "AuthorizationHeaderMalformed", false, true));
        assertFalse(WrongRegion.isRedirect("PutObject", 400, "AuthorizationHeaderMalformed", false, false));
        assertTrue(WrongRegion.isRedirect("GetObject", 307, "TemporaryRedirect", false, false));
        assertTrue(WrongRegion.isRedirect("GetObject", 302, "Found", false, false));
        assertTrue(WrongRegion.isRedirect("GetObject", 400, "PermanentRedirect", false, false));
        assertTrue(WrongRegion.isRedirect("PutBucketTagging", 400, "IllegalLocationConstraintException", false, false));
        assertFalse(WrongRegion.isRedirect("CreateBucket", 400, "IllegalLocationConstraintException", true, false));
        assertFalse(WrongRegion.isRedirect("GetObject", 400, "400", true, false), "a bare 400 of a GET");
        assertFalse(WrongRegion.isRedirect("GetObject", 403, "AccessDenied", true, false));
        assertFalse(WrongRegion.isRedirect("GetObject", 200, null, true, false));
    }

    @Test
    void theRegionOfAnErrorBody() {
        assertEquals("ap-south-1", WrongRegion.errorRegion(bytes(
                "<Error><Code>AuthorizationHeaderMalformed</Code><Region>ap-south-1</Region></Error>")));
        assertEquals("eu-west-1", WrongRegion.errorRegion(bytes(
                "<ErrorResponse><Error><Code>X</Code><Region>eu-west-1</Region></Error></ErrorResponse>")));
        assertNull(WrongRegion.errorRegion(bytes("<Error><Code>X</Code><Region></Region></Error>")));
        assertNull(WrongRegion.errorRegion(bytes("<Error><Code>X</Code></Error>")));
        assertNull(WrongRegion.errorRegion(bytes("<html>proxy</html>")));
        assertNull(WrongRegion.errorRegion(bytes("not xml")));
        assertNull(WrongRegion.errorRegion(new byte[0]));
        assertNull(WrongRegion.errorRegion(null));
    }

    @Test
    void aRegionMustBeAHostLabel() {
        assertEquals("eu-west-1", WrongRegion.checked("eu-west-1", "b"));
        SdkClientException e = assertThrows(SdkClientException.class, () -> WrongRegion.checked("a.b", "bucket"));
        assertTrue(e.getMessage().contains("'a.b'") && e.getMessage().contains("bucket"), e.getMessage());
        assertThrows(SdkClientException.class, () -> WrongRegion.checked("-east", "b"));
        assertThrows(SdkClientException.class, () -> WrongRegion.checked("", "b"));
    }

    @Test
    void arnsAsBotocoreTellsThem() {
        assertTrue(Arns.isArn("arn:aws:s3:us-west-2:123456789012:accesspoint/my-ap"));
        assertTrue(Arns.isArn("arn:::::"), "six parts, empty or not");
        assertFalse(Arns.isArn("arn:aws:s3:us-west-2:123"));
        assertFalse(Arns.isArn("bucket"));
        assertFalse(Arns.isArn(null));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
