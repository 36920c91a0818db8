package io.boto4j.services;

import io.boto4j.core.plugin.ClientOption;

/**
 * Settings of SQS clients (service name {@code sqs}), set in code with
 * {@code ClientConfig.builder().option(SqsOptions.VERIFY_MESSAGE_MD5, false)}; as for every
 * {@link ClientOption}, a value in the {@code ClientConfig} wins over the environment variable,
 * which wins over the profile, which wins over the default. Clients of other services ignore them.
 */
public final class SqsOptions {
    /**
     * Whether SQS clients check the MD5 digests SQS returns for the messages sent and received
     * (on by default, as in the AWS SDKs for Java; botocore checks none). Turn it off for an
     * SQS-compatible server that returns no or different digests; also read from the environment
     * variable {@code BOTO4J_SQS_VERIFY_MESSAGE_MD5} and the profile key
     * {@code sqs.verify_message_md5} ({@code verify_message_md5} in the profile's nested
     * {@code sqs} block; only the text {@code true}, in any case, is true).
     *
     * <p>Checked: the body and message attributes of SendMessage, of each SendMessageBatch entry
     * that succeeded, and of each message ReceiveMessage returned; a digest SQS leaves out is not
     * checked. A mismatch fails the call with an {@link io.boto4j.core.SdkClientException} naming
     * the message (the message may have been damaged on the way; a sent one was stored by SQS
     * nonetheless).
     */
    public static final ClientOption<Boolean> VERIFY_MESSAGE_MD5 = ClientOption.flag("sqs verify_message_md5")
            .defaultValue(true)
            .environmentVariable("BOTO4J_SQS_VERIFY_MESSAGE_MD5")
            .configKey("sqs.verify_message_md5")
            .build();

    private SqsOptions() {
    }
}
