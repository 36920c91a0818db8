package io.boto4j.bench.clients;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;

/**
 * The peer: AWS SDK for Java v2, configured like the boto4j clients. The sync client uses the
 * SDK's default HTTP client in this version (Apache HttpClient 5, which the {@code s3} artifact
 * brings), the async client Netty (its default).
 */
public final class SdkV2Clients {
    private static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(
            AwsBasicCredentials.create(BenchSettings.ACCESS_KEY, BenchSettings.SECRET_KEY));

    private SdkV2Clients() {
    }

    public static S3Client syncS3(URI endpoint) {
        return S3Client.builder()
                .region(Region.of(BenchSettings.REGION))
                .credentialsProvider(CREDENTIALS)
                .endpointOverride(endpoint)
                .forcePathStyle(true)
                .httpClient(Apache5HttpClient.create())
                .build();
    }

    public static S3AsyncClient asyncS3(URI endpoint) {
        return S3AsyncClient.builder()
                .region(Region.of(BenchSettings.REGION))
                .credentialsProvider(CREDENTIALS)
                .endpointOverride(endpoint)
                .forcePathStyle(true)
                .httpClient(NettyNioAsyncHttpClient.create())
                .build();
    }

    /** S3 on AWS's endpoints over {@code http}, which never sends (see {@link CannedSdkHttpClient}). */
    public static S3Client s3Over(SdkHttpClient http) {
        return S3Client.builder()
                .region(Region.of(BenchSettings.REGION))
                .credentialsProvider(CREDENTIALS)
                .httpClient(http)
                .build();
    }

    public static DynamoDbClient dynamoDbOver(SdkHttpClient http) {
        return DynamoDbClient.builder()
                .region(Region.of(BenchSettings.REGION))
                .credentialsProvider(CREDENTIALS)
                .httpClient(http)
                .build();
    }
}
