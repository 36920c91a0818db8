package io.boto4j.services.internal.ec2;

import io.boto4j.core.plugin.CallContext;
import io.boto4j.services.internal.OperationsHook;
import io.boto4j.services.internal.PythonDecoding;

import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * botocore's {@code decode_console_output}: EC2 returns an instance's console output in base64;
 * the caller gets the text, with U+FFFD for bytes that are not UTF-8. Output that is not base64
 * is left as it came, as botocore leaves it.
 */
final class ConsoleOutput extends OperationsHook {

    ConsoleOutput() {
        super("GetConsoleOutput");
    }

    @Override
    public CompletionStage<Void> afterParsing(CallContext call, Map<String, Object> output) {
        if (output.get("Output") instanceof String encoded) {
            PythonDecoding.b64decode(encoded).ifPresent(bytes -> output.put("Output", PythonDecoding.utf8(bytes)));
        }
        return CONTINUE;
    }
}
