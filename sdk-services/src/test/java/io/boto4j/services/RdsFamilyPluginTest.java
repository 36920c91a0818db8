package io.boto4j.services;

import org.junit.jupiter.api.Test;

import java.util.Map;

/**
 * RDS', Neptune's and DocumentDB's cross-region requests as botocore 1.43.107 sends them.
 * Parameters are given in the model's order: botocore lays the presigned URL's query out in the
 * caller's order, boto4j in the model's.
 */
class RdsFamilyPluginTest {

    @Test
    void sourceRegionBecomesAUrlPresignedThereForEachOperationBotocoreLists() {
        new Wire.Case("rds").region("eu-west-1")
                .call("CopyDBSnapshot", Params.of("SourceDBSnapshotIdentifier",
                        "arn:aws:rds:us-east-1:123456789012:snapshot:nightly", "TargetDBSnapshotIdentifier", "copy",
                        "KmsKeyId", "alias/rds", "SourceRegion", "us-east-1"))
                .respond(200, Map.of(), response("CopyDBSnapshot"))
                .call("CreateDBInstanceReadReplica", Params.of("DBInstanceIdentifier", "replica",
                        "SourceDBInstanceIdentifier", "arn:aws:rds:us-east-1:123456789012:db:main",
                        "SourceRegion", "us-east-1"))
                .respond(200, Map.of(), response("CreateDBInstanceReadReplica"))
                .call("StartDBInstanceAutomatedBackupsReplication", Params.of("SourceDBInstanceArn",
                        "arn:aws:rds:us-east-1:123456789012:db:main", "SourceRegion", "us-east-1"))
                .respond(200, Map.of(), response("StartDBInstanceAutomatedBackupsReplication"))
                .run().assertSame();
    }

    @Test
    void neptuneAndDocumentDbPresignTheirClusterOperations() {
        new Wire.Case("neptune").region("us-west-2")
                .call("CopyDBClusterSnapshot", Params.of("SourceDBClusterSnapshotIdentifier", "arn:aws:rds:us-east-2:1:cluster-snapshot:s",
                        "TargetDBClusterSnapshotIdentifier", "t", "SourceRegion", "us-east-2"))
                .respond(200, Map.of(), response("CopyDBClusterSnapshot"))
                .run().assertSame();
        new Wire.Case("docdb").region("us-west-2").sessionToken("session/token")
                .call("CreateDBCluster", Params.of("DBClusterIdentifier", "c", "Engine", "docdb",
                        "SourceRegion", "us-east-2"))
                .respond(200, Map.of(), response("CreateDBCluster"))
                .run().assertSame();
    }

    @Test
    void aCallersPreSignedUrlIsKeptAndSourceRegionNeverSent() {
        new Wire.Case("rds")
                .call("CopyDBClusterSnapshot", Params.of("SourceDBClusterSnapshotIdentifier", "s",
                        "TargetDBClusterSnapshotIdentifier", "t", "PreSignedUrl", "https://given", "SourceRegion", "us-east-2"))
                .respond(200, Map.of(), response("CopyDBClusterSnapshot"))
                .run().assertSame();
    }

    @Test
    void withoutSourceRegionACopyStaysInItsRegionUntouched() {
        new Wire.Case("rds")
                .call("CopyDBSnapshot", Params.of("SourceDBSnapshotIdentifier", "s", "TargetDBSnapshotIdentifier", "t"))
                .respond(200, Map.of(), response("CopyDBSnapshot"))
                .run().assertSame();
    }

    @Test
    void presignedUrlsOfTheseOperationsKeepSourceRegionAsBotocoreDoes() {
        PresignCases.assertSameAsBotocore("rds", "CopyDBSnapshot", Params.of("SourceDBSnapshotIdentifier", "s",
                "TargetDBSnapshotIdentifier", "t", "SourceRegion", "us-east-2"));
    }

    /** An answer both SDKs parse; botocore refuses an empty one. */
    private static String response(String operation) {
        return "<" + operation + "Response xmlns=\"http://rds.amazonaws.com/doc/2014-10-31/\"><" + operation
                + "Result/><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></" + operation + "Response>";
    }
}
