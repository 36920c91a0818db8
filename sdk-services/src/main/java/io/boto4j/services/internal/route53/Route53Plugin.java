package io.boto4j.services.internal.route53;

import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.Hook;
import io.boto4j.core.plugin.PluginSetup;
import io.boto4j.core.plugin.ServicePlugin;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Route 53, as botocore's {@code fix_route53_ids} sends it: the ids Route 53 returns carry a
 * prefix ({@code /hostedzone/Z1D633PJN98FT9}, {@code /change/C2682N5HXP0BZ4}) that its inputs
 * refuse, so an id member given with one is sent as its last segment, and the output of one
 * call can be the input of the next.
 */
public final class Route53Plugin implements ServicePlugin {
    /** The model's shapes of the ids concerned, as botocore lists them. */
    static final Set<String> ID_SHAPES = Set.of("ResourceId", "DelegationSetId", "ChangeId");

    @Override
    public String name() {
        return "io.boto4j.services.route53";
    }

    @Override
    public boolean appliesTo(ServiceModel service) {
        return "route53".equals(service.serviceName());
    }

    @Override
    public void configure(PluginSetup setup) {
        setup.addHook(new Hook() {
            @Override
            public boolean appliesTo(OperationModel operation) {
                return !idMembers(operation).isEmpty();
            }

            @Override
            public CompletionStage<Void> beforeValidation(CallContext call) {
                Map<String, Object> input = call.input();
                for (String member : idMembers(call.operation())) {
                    if (input.get(member) instanceof String id) {
                        input.put(member, id.substring(id.lastIndexOf('/') + 1));
                    }
                }
                return CONTINUE;
            }
        });
    }

    /** The operation's top-level input members that hold an id. */
    static List<String> idMembers(OperationModel operation) {
        if (operation.inputShape() == null) {
            return List.of();
        }
        return operation.inputShape().members().values().stream()
                .filter(m -> ID_SHAPES.contains(m.targetName()))
                .map(Member::name)
                .toList();
    }
}
