package io.boto4j.services;

import io.boto4j.core.plugin.ClientOption;

/**
 * Settings of SQS clients, set with {@code ClientConfig.Builder.option}.
 */
public final class SqsOptions {
    /**
     * Whether SQS clients check the MD5 digests SQS returns for the messages sent and received
     * (on by default, as in the AWS SDKs for Java; botocore checks none). Turn it off for an
     * SQS-compatible server that returns no or different digests; also read from the environment
     * variable {@code BOTO4J_SQS_VERIFY_MESSAGE_MD5} and the profile key
     * {@code sqs.verify_message_md5}.
     */
    public static final ClientOption<Boolean> VERIFY_MESSAGE_MD5 = ClientOption.flag("sqs verify_message_md5")
            .defaultValue(true)
            .environmentVariable("BOTO4J_SQS_VERIFY_MESSAGE_MD5")
            .configKey("sqs.verify_message_md5")
            .build();

    private SqsOptions() {
    }
}
