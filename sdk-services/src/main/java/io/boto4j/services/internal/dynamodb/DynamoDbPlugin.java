package io.boto4j.services.internal.dynamodb;

import io.boto4j.core.ChecksumMismatchException;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.AttemptContext;
import io.boto4j.core.plugin.AttemptResponse;
import io.boto4j.core.plugin.Hook;
import io.boto4j.core.plugin.PluginSetup;
import io.boto4j.core.plugin.ServicePlugin;
import io.boto4j.core.retry.ResponseChecksums;

import java.util.concurrent.CompletionStage;
import java.util.zip.CRC32;

/**
 * DynamoDB: every response that carries {@code x-amz-crc32} is checked against the CRC32 of its
 * body before it is parsed. A mismatch fails the attempt as a damaged response, which the retry
 * policy retries as botocore's does ({@code RetryDDBChecksumError}, the {@code crc32} policy of
 * legacy mode); when the retries run out, the call fails with a {@link ChecksumMismatchException}
 * rather than returning what was damaged (botocore's standard mode returns it).
 */
public final class DynamoDbPlugin implements ServicePlugin {

    @Override
    public String name() {
        return "io.boto4j.services.dynamodb";
    }

    @Override
    public boolean appliesTo(ServiceModel service) {
        return "dynamodb".equals(service.serviceName());
    }

    @Override
    public void configure(PluginSetup setup) {
        setup.addHook(new Crc32Check());
    }

    /** Reads the body (DynamoDB's are small JSON documents) and compares its CRC32. */
    static final class Crc32Check implements Hook {
        @Override
        public CompletionStage<Void> onResponse(AttemptContext attempt) {
            AttemptResponse response = attempt.response();
            String expected = response.headers().first(ResponseChecksums.CRC32_HEADER);
            if (expected == null) {
                return CONTINUE;
            }
            return response.bufferBody().thenAccept(body -> {
                if (ResponseChecksums.crc32Mismatch(response.headers(), body)) {
                    attempt.failChecksum(new ChecksumMismatchException("CRC32", expected.trim(), crc32(body)));
                }
            });
        }

        /** As DynamoDB writes it: an unsigned decimal number. */
        private static String crc32(byte[] body) {
            CRC32 crc = new CRC32();
            crc.update(body);
            return Long.toString(crc.getValue());
        }
    }
}
