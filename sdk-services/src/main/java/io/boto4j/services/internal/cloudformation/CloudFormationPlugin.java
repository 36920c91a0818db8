package io.boto4j.services.internal.cloudformation;

import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.PluginSetup;
import io.boto4j.core.plugin.ServicePlugin;
import io.boto4j.services.internal.OperationsHook;
import io.boto4j.services.internal.PythonDecoding;

import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * CloudFormation, as botocore's {@code json_decode_template_body} returns it: GetTemplate's
 * {@code TemplateBody} decoded when it is a JSON template (maps in the template's order); a YAML
 * template, which is not JSON, stays text.
 */
public final class CloudFormationPlugin implements ServicePlugin {

    @Override
    public String name() {
        return "io.boto4j.services.cloudformation";
    }

    @Override
    public boolean appliesTo(ServiceModel service) {
        return "cloudformation".equals(service.serviceName());
    }

    @Override
    public void configure(PluginSetup setup) {
        setup.addHook(new OperationsHook("GetTemplate") {
            @Override
            public CompletionStage<Void> afterParsing(CallContext call, Map<String, Object> output) {
                if (output.get("TemplateBody") instanceof String template) {
                    output.put("TemplateBody", PythonDecoding.jsonLoads(template, template));
                }
                return CONTINUE;
            }
        });
    }
}
