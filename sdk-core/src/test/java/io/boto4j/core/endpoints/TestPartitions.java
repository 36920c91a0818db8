package io.boto4j.core.endpoints;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A small partitions.json for unit tests (they must not depend on the conformance data). */
final class TestPartitions {
    static final String JSON = """
            {"version": "1.1", "partitions": [
              {"id": "aws", "regionRegex": "^(us|eu|ap)\\\\-\\\\w+\\\\-\\\\d+$",
               "regions": {"aws-global": {"description": "global"}, "us-east-1": {}},
               "outputs": {"name": "aws", "dnsSuffix": "amazonaws.com", "dualStackDnsSuffix": "api.aws",
                           "supportsFIPS": true, "supportsDualStack": true, "implicitGlobalRegion": "us-east-1"}},
              {"id": "aws-cn", "regionRegex": "^cn\\\\-\\\\w+\\\\-\\\\d+$",
               "regions": {"aws-cn-global": {}, "cn-special": {"supportsFIPS": false}},
               "outputs": {"name": "aws-cn", "dnsSuffix": "amazonaws.com.cn", "dualStackDnsSuffix": "api.amazonwebservices.com.cn",
                           "supportsFIPS": true, "supportsDualStack": true, "implicitGlobalRegion": "cn-northwest-1"}}
            ]}
            """;

    private TestPartitions() {
    }

    static Partitions load() throws Exception {
        return Partitions.parse(new ObjectMapper().readTree(JSON));
    }
}
