package io.boto4j.core.introspect;

import io.boto4j.core.model.InputSkeleton;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.model.Shape;
import io.boto4j.core.plugin.CustomMethod;
import io.boto4j.core.plugin.MethodParameter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Describes services, operations and shapes from a loaded model. Pure: no I/O, no client needed. */
public final class Introspection {
    private Introspection() {
    }

    /**
     * The operation names of a service, in model order.
     *
     * @param model the service's model
     * @return an immutable list of the operations' names
     */
    public static List<String> operations(ServiceModel model) {
        return List.copyOf(model.operationNames());
    }

    /**
     * An operation as help screens show it: its HTTP binding, input, output and declared errors.
     *
     * @param op the operation's model
     * @return a description; input and output are {@code ShapeInfo}s of type {@code none} when the operation has none
     * @throws io.boto4j.core.model.ModelException when the model refers to a shape it does not define
     */
    public static OperationInfo describe(OperationModel op) {
        List<String> errors = new ArrayList<>();
        op.errors().forEach(e -> errors.add(e.name()));
        return new OperationInfo(op.service().serviceName(), op.name(), op.httpMethod(), op.requestUri(),
                op.inputShape() == null ? ShapeInfo.none() : describe(op.inputShape()),
                op.outputShape() == null ? ShapeInfo.none() : describe(op.outputShape()),
                errors, op.isDeprecated(), op.documentation());
    }

    /**
     * A shape as help screens show it: its type, members (of a structure) and enum values.
     *
     * @param shape the shape's model
     * @return a description; no members for documents and non-structures
     * @throws io.boto4j.core.model.ModelException when the model refers to a shape it does not define
     */
    public static ShapeInfo describe(Shape shape) {
        List<MemberInfo> members = new ArrayList<>();
        if (shape.type() == io.boto4j.core.model.ShapeType.STRUCTURE && !shape.isDocument()) {
            for (Member m : shape.members().values()) {
                members.add(new MemberInfo(m.name(), typeName(m.shape()), m.shape().name(), m.isRequired(),
                        m.location(), m.locationName(), m.isStreaming() || m.shape().isStreaming(),
                        m.isDeprecated(), m.documentation()));
            }
        }
        return new ShapeInfo(shape.name(), typeName(shape), members, shape.enumValues(), shape.documentation());
    }

    /**
     * A custom method, as help screens list it beside the operations.
     *
     * @param method the method's declaration
     * @return a description of its parameters and result
     */
    public static MethodInfo describe(CustomMethod<?> method) {
        List<MethodInfo.ParameterInfo> params = new ArrayList<>();
        for (MethodParameter p : method.parameters()) {
            params.add(new MethodInfo.ParameterInfo(p.name(), p.typeName(), p.required(),
                    p.documentation()));
        }
        return new MethodInfo(method.name(), method.documentation(), params, method.resultType().getSimpleName(),
                method.doesIo());
    }

    /**
     * Every input member with a placeholder value, like the AWS CLI's
     * {@code --generate-cli-skeleton}: blobs as {@code byte[]}, timestamps as {@code Instant}.
     *
     * @param op the operation whose input to build
     * @return a new, mutable input map; empty when the operation has no input
     */
    public static Map<String, Object> inputSkeleton(OperationModel op) {
        return InputSkeleton.full(op);
    }

    /**
     * A type as people read it: {@code string}, {@code list<Tag>}, {@code map<TagKey, TagValue>},
     * {@code structure Tag}, {@code union Value}, {@code document}, {@code blob}.
     *
     * @param s the shape
     * @return the type's description, naming the shapes a list, map or structure refers to
     */
    public static String typeName(Shape s) {
        return switch (s.type()) {
            case LIST -> "list<" + s.listMember().shape().name() + ">";
            case MAP -> "map<" + s.mapKey().shape().name() + ", " + s.mapValue().shape().name() + ">";
            case STRUCTURE -> s.isDocument() ? "document"
                    : s.isEventStream() ? "event stream " + s.name()
                    : s.isUnion() ? "union " + s.name() : "structure " + s.name();
            default -> s.type().modelName();
        };
    }
}
