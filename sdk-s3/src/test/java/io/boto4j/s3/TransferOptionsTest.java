package io.boto4j.s3;

import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.config.ConfigException;
import io.boto4j.core.plugin.ClientOption;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sizes and counts as the AWS CLI reads them from the config file, and as code sets them. */
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

    @Test
    void aValueSetInCodeThatIsNotPositiveFailsWhereItIsSetNamingTheOption() {
        for (ClientOption<Long> size : List.of(TransferOptions.MULTIPART_THRESHOLD,
                TransferOptions.MULTIPART_CHUNKSIZE, TransferOptions.MULTIPART_COPY_THRESHOLD)) {
            for (long bad : new long[] {0, -1}) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> ClientConfig.builder().option(size, bad));
                assertEquals("Invalid value " + bad + " for option " + size.name() + ": must be positive", e.getMessage());
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClientConfig.builder().option(TransferOptions.MAX_CONCURRENT_REQUESTS, 0));
        assertEquals("Invalid value 0 for option s3.max_concurrent_requests: must be positive", e.getMessage());
        assertEquals(1, ClientConfig.builder().option(TransferOptions.MAX_CONCURRENT_REQUESTS, 1).build()
                .option(TransferOptions.MAX_CONCURRENT_REQUESTS));
        assertEquals(5L << 20, ClientConfig.builder().option(TransferOptions.MULTIPART_CHUNKSIZE, 5L << 20).build()
                .option(TransferOptions.MULTIPART_CHUNKSIZE));
    }
}
