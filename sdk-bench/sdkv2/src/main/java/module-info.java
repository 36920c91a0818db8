/**
 * The concurrency benchmark's peer contenders: AWS SDK for Java v2 over Netty (4.1), Apache 5
 * and URLConnection. Run by bench/run.sh; nothing of boto4j is on this class path.
 */
module io.boto4j.bench.sdkv2 {
    requires io.boto4j.bench.harness;
    requires software.amazon.awssdk.core;
    requires software.amazon.awssdk.http;
    requires software.amazon.awssdk.auth;
    requires software.amazon.awssdk.regions;
    requires software.amazon.awssdk.services.s3;
    requires software.amazon.awssdk.http.apache5;
    requires software.amazon.awssdk.http.nio.netty;
    requires software.amazon.awssdk.http.urlconnection;
}
