package io.boto4j.s3;

import io.boto4j.core.config.ConfigException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sizes and counts as the AWS CLI reads them from the config file. */
class TransferOptionsTest {
    @Test
    void sizesTakeTheAwsClisSuffixesAllPowersOf1024() {
        assertEquals(8L << 20, TransferOptions.MULTIPART_THRESHOLD.parse("8MB"));
        assertEquals(8L << 20, TransferOptions.MULTIPART_CHUNKSIZE.parse("8 mib"));
        assertEquals(1L << 30, TransferOptions.MULTIPART_CHUNKSIZE.parse("1GiB"));
        assertEquals(3L << 10, TransferOptions.MULTIPART_CHUNKSIZE.parse("3kb"));
        assertEquals(2L << 40, TransferOptions.MULTIPART_COPY_THRESHOLD.parse("2TB"));
        assertEquals(8388608L, TransferOptions.MULTIPART_CHUNKSIZE.parse("8388608"));
        assertEquals(20, TransferOptions.MAX_CONCURRENT_REQUESTS.parse("20"));
    }

    @Test
    void otherTextIsAConfigurationErrorNamingTheSetting() {
        ConfigException e = assertThrows(ConfigException.class, () -> TransferOptions.MULTIPART_THRESHOLD.parse("8 MBs"));
        assertTrue(e.getMessage().contains("Invalid value '8 MBs' for s3.multipart_threshold"), e.getMessage());
        assertThrows(ConfigException.class, () -> TransferOptions.MULTIPART_CHUNKSIZE.parse("0"));
        assertThrows(ConfigException.class, () -> TransferOptions.MAX_CONCURRENT_REQUESTS.parse("-1"));
        assertThrows(ConfigException.class, () -> TransferOptions.MAX_CONCURRENT_REQUESTS.parse("10MB"));
        assertThrows(ConfigException.class, () -> TransferOptions.MULTIPART_CHUNKSIZE.parse("99999999999TB"));
    }

    @Test
    void defaultsAreBoto3s() {
        assertEquals(8L << 20, TransferOptions.MULTIPART_THRESHOLD.defaultValue());
        assertEquals(8L << 20, TransferOptions.MULTIPART_CHUNKSIZE.defaultValue());
        assertEquals(10, TransferOptions.MAX_CONCURRENT_REQUESTS.defaultValue());
        assertEquals(5L << 30, TransferOptions.MULTIPART_COPY_THRESHOLD.defaultValue());
    }
}
