package io.boto4j.services;

import org.junit.jupiter.api.Test;

import java.util.Map;

/** CloudWatch Logs' export tasks as botocore 1.43.107 sends them. */
class LogsPluginTest {

    @Test
    void fromTimeIsSentAsFrom() {
        new Wire.Case("logs")
                .call("CreateExportTask", Params.of("logGroupName", "g", "fromTime", 1700000000000L, "to", 1700000060000L,
                        "destination", "bucket"))
                .respond(200, Map.of(), "{\"taskId\":\"t1\"}")
                .call("CreateExportTask", Params.of("logGroupName", "g", "from", 1700000000000L, "to", 1700000060000L,
                        "destination", "bucket"))
                .respond(200, Map.of(), "{\"taskId\":\"t2\"}")
                .run().assertSame();
    }
}
