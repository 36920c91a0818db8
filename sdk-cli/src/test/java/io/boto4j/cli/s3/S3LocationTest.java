package io.boto4j.cli.s3;

import io.boto4j.cli.args.UsageException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** S3 locations split as the AWS CLI splits them. */
class S3LocationTest {

    @Test
    void bucketsKeysAndPrefixes() {
        assertEquals(new S3Location("b", "dir/k.txt"), S3Location.parse("s3://b/dir/k.txt", "SRC"));
        assertEquals("k.txt", S3Location.parse("s3://b/dir/k.txt", "SRC").name());
        assertTrue(S3Location.parse("s3://b", "DST").isPrefix());
        assertTrue(S3Location.parse("s3://b/", "DST").isPrefix());
        assertTrue(S3Location.parse("s3://b/logs/", "DST").isPrefix());
        assertFalse(S3Location.parse("s3://b/logs", "DST").isPrefix());
        assertEquals("s3://b/logs/f.txt", S3Location.parse("s3://b/logs/", "DST").resolve("f.txt").toString());
        assertEquals("s3://b/", S3Location.parse("s3://b", "DST").toString());
        assertFalse(S3Location.is("./s3://x"));
        assertThrows(UsageException.class, () -> S3Location.parse("s3:///k", "SRC"));
    }

    @Test
    void accessPointArnsKeepTheirSlashesInTheBucket() {
        assertEquals(new S3Location("arn:aws:s3:us-west-2:123456789012:accesspoint/photos", "2026/cat.jpg"),
                S3Location.parse("s3://arn:aws:s3:us-west-2:123456789012:accesspoint/photos/2026/cat.jpg", "SRC"));
        assertEquals(new S3Location("arn:aws:s3-outposts:us-west-2:123456789012:outpost/op-01ac5d28a6a232904"
                        + "/accesspoint/ap1", "k"),
                S3Location.parse("s3://arn:aws:s3-outposts:us-west-2:123456789012:outpost/op-01ac5d28a6a232904"
                        + "/accesspoint/ap1/k", "SRC"));
    }
}
