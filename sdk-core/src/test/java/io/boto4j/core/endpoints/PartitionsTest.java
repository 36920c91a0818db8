package io.boto4j.core.endpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PartitionsTest {

    @Test
    void regexMatch() throws Exception {
        Partitions p = TestPartitions.load();
        assertEquals("aws-cn", p.partitionFor("cn-north-1").id());
        assertEquals("amazonaws.com.cn", p.outputsFor("cn-north-1").get("dnsSuffix"));
        assertEquals("aws", p.outputsFor("eu-west-3").get("name"));
    }

    @Test
    void explicitRegionsWinEvenWithoutRegexMatch() throws Exception {
        Partitions p = TestPartitions.load();
        assertEquals("aws-cn", p.partitionFor("aws-cn-global").id());
        assertEquals("aws", p.partitionFor("aws-global").id());
    }

    @Test
    void unknownRegionsFallBackToAws() throws Exception {
        Partitions p = TestPartitions.load();
        assertEquals("aws", p.partitionFor("mars-east-1").id());
        assertEquals("aws", p.outputsFor(null).get("name"));
        assertEquals("us-east-1", p.outputsFor("whatever").get("implicitGlobalRegion"));
    }

    @Test
    void outputsCarryAllFieldsAndRegionOverrides() throws Exception {
        Partitions p = TestPartitions.load();
        assertEquals(true, p.outputsFor("us-east-1").get("supportsFIPS"));
        assertEquals(true, p.outputsFor("us-east-1").get("supportsDualStack"));
        assertEquals("api.aws", p.outputsFor("us-east-1").get("dualStackDnsSuffix"));
        assertEquals(false, p.outputsFor("cn-special").get("supportsFIPS"));
        assertEquals("aws-cn", p.outputsFor("cn-special").get("name"));
    }
}
