package io.boto4j.cli.output;

import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.Shape;

import java.util.Optional;

/**
 * The output member an operation streams as raw bytes (S3 GetObject's {@code Body}), which
 * the CLI writes to {@code --output-file} instead of printing. Event streams are not: they are
 * read to their end and printed as a JSON list.
 */
public final class StreamedOutput {
    private StreamedOutput() {
    }

    /** The streamed output member, or empty when the whole output is printed as JSON. */
    public static Optional<Member> of(OperationModel operation) {
        Shape output = operation.outputShape();
        if (output == null) {
            return Optional.empty();
        }
        for (Member member : output.members().values()) {
            if ((member.isStreaming() || member.shape().isStreaming()) && !member.shape().isEventStream()) {
                return Optional.of(member);
            }
        }
        return Optional.empty();
    }
}
