package io.boto4j.services;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/** Route 53's requests as botocore 1.43.107 sends them. */
class Route53PluginTest {

    @Test
    void idsReturnedWithTheirPrefixAreSentWithout() {
        new Wire.Case("route53")
                .call("GetHostedZone", Map.of("Id", "/hostedzone/Z1D633PJN98FT9"))
                .call("GetChange", Map.of("Id", "/change/C2682N5HXP0BZ4"))
                .call("GetReusableDelegationSet", Map.of("Id", "/delegationset/N1PA6795SAMPLE"))
                .call("ListHostedZones", Map.of("DelegationSetId", "/delegationset/N1PA6795SAMPLE"))
                .call("GetHostedZone", Map.of("Id", "Z1D633PJN98FT9"))
                .call("ChangeResourceRecordSets", Map.of("HostedZoneId", "/hostedzone/Z1D633PJN98FT9",
                        // In the model's order: botocore writes XML in the caller's, boto4j in the model's.
                        "ChangeBatch", Map.of("Changes", List.of(Params.of("Action", "DELETE", "ResourceRecordSet",
                                Params.of("Name", "www.example.com", "Type", "A", "TTL", 60,
                                        "ResourceRecords", List.of(Map.of("Value", "192.0.2.1"))))))))
                .run().assertSame();
    }
}
