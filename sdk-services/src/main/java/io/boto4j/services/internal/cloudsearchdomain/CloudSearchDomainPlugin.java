package io.boto4j.services.internal.cloudsearchdomain;

import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.plugin.PluginSetup;
import io.boto4j.core.plugin.ServicePlugin;
import io.boto4j.services.internal.OperationsHook;
import io.boto4j.services.internal.ParameterAlias;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;

/**
 * CloudSearch domains, as botocore sends them: a search's parameters, which can be long, go as a
 * form body of a POST rather than in the GET's URL ({@code change_get_to_post}); and
 * {@code returnFields} is accepted for the member the model names {@code return}, a reserved
 * word in most languages.
 */
public final class CloudSearchDomainPlugin implements ServicePlugin {

    @Override
    public String name() {
        return "io.boto4j.services.cloudsearchdomain";
    }

    @Override
    public boolean appliesTo(ServiceModel service) {
        return "cloudsearchdomain".equals(service.serviceName());
    }

    @Override
    public void configure(PluginSetup setup) {
        setup.addHook(new ParameterAlias(operation -> operation.name().equals("Search"), "return", "returnFields"));
        setup.addHook(new SearchAsPost());
    }

    /**
     * The query string, as encoded for the URL, becomes the body. Before signing; not on
     * presigned URLs, which botocore's {@code request-created} does not reach.
     */
    static final class SearchAsPost extends OperationsHook {
        SearchAsPost() {
            super("Search");
        }

        @Override
        public CompletionStage<Void> afterSerialization(CallContext call) {
            SdkHttpRequest request = call.request();
            String query = request.encodedQuery();
            if (call.isPresign() || !request.method().equals("GET") || query.isEmpty()) {
                return CONTINUE;
            }
            byte[] body = query.getBytes(StandardCharsets.US_ASCII);
            request.method("POST");
            request.queryParams().clear();
            request.body(body);
            request.headers().set("Content-Type", "application/x-www-form-urlencoded");
            request.headers().set("Content-Length", Integer.toString(body.length));
            return CONTINUE;
        }
    }
}
