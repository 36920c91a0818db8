package io.boto4j.services.internal.sqs;

import io.boto4j.core.SdkClientException;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.services.internal.OperationsHook;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * The check of the MD5 digests SQS returns, as the AWS SDKs for Java make it (botocore makes
 * none): what SQS stored of a message sent (SendMessage, each message of SendMessageBatch) must
 * be what was sent, and a message received (ReceiveMessage) must be what SQS stored, body and
 * message attributes. A mismatch fails the call with an {@link SdkClientException} naming the
 * message: the message may have been damaged on the way. A digest SQS does not return (an
 * SQS-compatible server may not) is not checked.
 */
final class MessageMd5Checks extends OperationsHook {

    MessageMd5Checks() {
        super("SendMessage", "SendMessageBatch", "ReceiveMessage");
    }

    @Override
    public CompletionStage<Void> afterParsing(CallContext call, Map<String, Object> output) {
        switch (call.operation().name()) {
            case "SendMessage" -> checkSent(call, call.input(), output, "the message");
            case "SendMessageBatch" -> checkBatch(call, output);
            default -> checkReceived(call, output);
        }
        return CONTINUE;
    }

    private static void checkBatch(CallContext call, Map<String, Object> output) {
        for (Map<?, ?> sent : maps(output.get("Successful"))) {
            for (Map<?, ?> entry : maps(call.input().get("Entries"))) {
                if (entry.get("Id") != null && entry.get("Id").equals(sent.get("Id"))) {
                    checkSent(call, entry, sent, "message " + sent.get("Id"));
                }
            }
        }
    }

    private static void checkSent(CallContext call, Map<?, ?> request, Map<?, ?> result, String message) {
        if (request.get("MessageBody") instanceof String body) {
            check(call, message, "body", result.get("MD5OfMessageBody"), MessageDigests.ofBody(body));
        }
        if (request.get("MessageAttributes") instanceof Map<?, ?> attributes && !attributes.isEmpty()) {
            check(call, message, "message attributes", result.get("MD5OfMessageAttributes"),
                    MessageDigests.ofAttributes(stringKeys(attributes)));
        }
    }

    private static void checkReceived(CallContext call, Map<String, Object> output) {
        for (Map<?, ?> received : maps(output.get("Messages"))) {
            String message = "message " + received.get("MessageId");
            if (received.get("Body") instanceof String body) {
                check(call, message, "body", received.get("MD5OfBody"), MessageDigests.ofBody(body));
            }
            if (received.get("MessageAttributes") instanceof Map<?, ?> attributes && !attributes.isEmpty()) {
                check(call, message, "message attributes", received.get("MD5OfMessageAttributes"),
                        MessageDigests.ofAttributes(stringKeys(attributes)));
            }
        }
    }

    private static void check(CallContext call, String message, String part, Object returned, String computed) {
        if (returned instanceof String md5 && !md5.equalsIgnoreCase(computed)) {
            throw new SdkClientException("sqs." + call.operation().name() + ": the MD5 SQS returned for the " + part
                    + " of " + message + " is " + md5 + ", not " + computed + ", the MD5 of what was "
                    + (call.operation().name().equals("ReceiveMessage") ? "received" : "sent")
                    + ": the message may have been damaged on the way");
        }
    }

    private static List<Map<?, ?>> maps(Object list) {
        if (!(list instanceof List<?> items)) {
            return List.of();
        }
        return items.stream().filter(Map.class::isInstance).<Map<?, ?>>map(Map.class::cast).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> stringKeys(Map<?, ?> attributes) {
        return (Map<String, ?>) attributes;
    }
}
