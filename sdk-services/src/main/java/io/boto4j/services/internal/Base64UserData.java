package io.boto4j.services.internal;

import io.boto4j.core.plugin.CallContext;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletionStage;

/**
 * botocore's {@code base64_encode_user_data}: an instance's {@code UserData} goes over the wire in
 * base64, and botocore encodes it for the caller (text as its UTF-8 bytes, bytes as they are), so
 * callers give the script itself, never its base64. EC2's RunInstances and Auto Scaling's
 * CreateLaunchConfiguration.
 */
public final class Base64UserData extends OperationsHook {

    /** @param operation the operation whose input has {@code UserData} */
    public Base64UserData(String operation) {
        super(operation);
    }

    @Override
    public CompletionStage<Void> beforeValidation(CallContext call) {
        Object given = call.input().get("UserData");
        byte[] bytes = given instanceof String text ? text.getBytes(StandardCharsets.UTF_8)
                : given instanceof byte[] b ? b : null;
        if (bytes != null) {
            call.input().put("UserData", Base64.getEncoder().encodeToString(bytes));
        }
        return CONTINUE;
    }
}
