package io.boto4j.services.internal.iam;

import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.Shape;
import io.boto4j.core.model.ShapeType;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.Hook;
import io.boto4j.core.plugin.PluginSetup;
import io.boto4j.core.plugin.ServicePlugin;
import io.boto4j.services.internal.PythonDecoding;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * IAM, as botocore's {@code json_decode_policies} returns it: IAM sends policy documents (every
 * string of the model's {@code policyDocumentType} shape, wherever it sits in the output's
 * structures and lists) URL-encoded; the caller gets the document decoded from its JSON, or the
 * text as sent when it is not JSON.
 */
public final class IamPlugin implements ServicePlugin {
    static final String POLICY_DOCUMENT = "policyDocumentType";

    @Override
    public String name() {
        return "io.boto4j.services.iam";
    }

    @Override
    public boolean appliesTo(ServiceModel service) {
        return "iam".equals(service.serviceName());
    }

    @Override
    public void configure(PluginSetup setup) {
        setup.addHook(new Hook() {
            @Override
            public boolean appliesTo(OperationModel operation) {
                return operation.outputShape() != null;
            }

            @Override
            public CompletionStage<Void> afterParsing(CallContext call, Map<String, Object> output) {
                decodePolicies(output, call.operation().outputShape());
                return CONTINUE;
            }
        });
    }

    /** botocore's {@code _decode_policy_types}: structures by member, lists by item; maps are not searched. */
    @SuppressWarnings("unchecked")
    static void decodePolicies(Object value, Shape shape) {
        if (shape.type() == ShapeType.STRUCTURE && value instanceof Map<?, ?> map) {
            Map<String, Object> structure = (Map<String, Object>) map;
            for (Member member : shape.members().values()) {
                Object memberValue = structure.get(member.name());
                if (memberValue == null) {
                    continue;
                }
                if (member.type() == ShapeType.STRING && member.targetName().equals(POLICY_DOCUMENT)) {
                    if (memberValue instanceof String text) {
                        structure.put(member.name(), PythonDecoding.jsonLoads(PythonDecoding.unquote(text), text));
                    }
                } else {
                    decodePolicies(memberValue, member.shape());
                }
            }
        } else if (shape.type() == ShapeType.LIST && value instanceof List<?> items) {
            for (Object item : items) {
                decodePolicies(item, shape.listMember().shape());
            }
        }
    }
}
