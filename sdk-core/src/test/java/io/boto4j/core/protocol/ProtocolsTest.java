package io.boto4j.core.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.boto4j.core.model.ModelException;
import io.boto4j.core.model.ServiceModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ProtocolsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** botocore picks by its own order, not the model's: CloudWatch lists CBOR first and gets JSON. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "smithy-rpc-v2-cbor,json,query | json",
        "smithy-rpc-v2-cbor,json       | json",
        "query,json                    | json",
        "ec2,query                     | query",
        "smithy-rpc-v2-cbor            | smithy-rpc-v2-cbor",
        "rest-xml,rest-json            | rest-json",
    })
    void theFirstOfBotocoresOrderThatTheModelLists(String listed, String chosen) {
        ObjectNode model = model();
        List.of(listed.split(",")).forEach(p -> ((ObjectNode) model.get("metadata")).withArray("protocols").add(p));
        assertEquals(chosen, Protocols.forService(ServiceModel.fromJson("svc", model)).name());
    }

    @Test
    void withoutAListTheSingleProtocol() {
        ObjectNode model = model();
        ((ObjectNode) model.get("metadata")).put("protocol", "rest-xml");
        assertEquals("rest-xml", Protocols.forService(ServiceModel.fromJson("svc", model)).name());
    }

    @Test
    void noSupportedProtocolIsAnError() {
        ObjectNode model = model();
        ((ObjectNode) model.get("metadata")).withArray("protocols").add("carrier-pigeon");
        assertThrows(ModelException.class, () -> Protocols.forService(ServiceModel.fromJson("svc", model)));
    }

    private static ObjectNode model() {
        ObjectNode model = JSON.createObjectNode();
        model.putObject("metadata").put("apiVersion", "2020-01-01").put("serviceId", "Svc");
        model.putObject("operations");
        model.putObject("shapes");
        return model;
    }
}
