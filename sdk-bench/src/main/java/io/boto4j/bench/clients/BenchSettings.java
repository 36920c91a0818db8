package io.boto4j.bench.clients;

/** What every contender is configured with. The secret is AWS's documentation example. */
public final class BenchSettings {
    public static final String REGION = "us-east-1";
    public static final String BUCKET = "bench-bucket";
    public static final String KEY = "bench/object.bin";
    public static final String TABLE = "bench-table";
    static final String ACCESS_KEY = "AKIDEXAMPLE";
    static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    /** The object the server serves and PutObject sends: small, so that client overhead dominates. */
    public static final int OBJECT_SIZE = 1024;

    private BenchSettings() {
    }

    public static byte[] objectBytes() {
        byte[] bytes = new byte[OBJECT_SIZE];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        return bytes;
    }
}
