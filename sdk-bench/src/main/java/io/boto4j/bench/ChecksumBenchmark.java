package io.boto4j.bench;

import io.boto4j.core.checksums.Checksum;
import io.boto4j.core.checksums.ChecksumAlgorithm;
import io.boto4j.core.checksums.ContentMd5;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Checksum throughput over a 1 MiB array, one thread: boto4j's pure-Java CRC64NVME next to the
 * JDK's intrinsic CRC32 and CRC32C and its SHA and MD5 digests (what S3 uploads and downloads
 * spend per byte). MB/s = ops/s (one op = 1 MiB).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Thread)
public class ChecksumBenchmark {
    @Param({"CRC64NVME", "CRC32C", "CRC32", "SHA1", "SHA256", "SHA512", "MD5"})
    public String algorithm;

    private byte[] data;
    private Checksum checksum;

    @Setup
    public void setUp() {
        data = new byte[1024 * 1024];
        new Random(1).nextBytes(data);
        checksum = algorithm.equals("MD5") ? ContentMd5.newChecksum() : ChecksumAlgorithm.of(algorithm).newChecksum();
    }

    @Benchmark
    public byte[] oneMebibyte() {
        checksum.update(data, 0, data.length);
        return checksum.digest();
    }
}
