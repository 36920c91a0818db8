package io.boto4j.core.introspect;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.model.ServiceModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntrospectionTest {
    private static final String MODEL = """
            {"metadata": {"apiVersion": "2024-01-01", "endpointPrefix": "w", "protocol": "rest-json",
               "serviceId": "W", "signatureVersion": "v4"},
             "operations": {
               "PutWidget": {"name": "PutWidget", "http": {"method": "PUT", "requestUri": "/w/{Id}"},
                 "input": {"shape": "PutWidgetInput"}, "output": {"shape": "PutWidgetOutput"},
                 "errors": [{"shape": "Conflict"}], "documentation": "<p>Stores a widget.</p>"},
               "Ping": {"name": "Ping", "http": {"method": "GET", "requestUri": "/ping"}}},
             "shapes": {
               "PutWidgetInput": {"type": "structure", "required": ["Id"], "payload": "Body", "members": {
                 "Id": {"shape": "Text", "location": "uri", "locationName": "Id"},
                 "Tags": {"shape": "TagMap", "location": "headers", "locationName": "x-tag-"},
                 "Color": {"shape": "Color", "documentation": "The colour."},
                 "Body": {"shape": "Stream"}}},
               "PutWidgetOutput": {"type": "structure", "members": {"Sizes": {"shape": "Sizes"}}},
               "Conflict": {"type": "structure", "members": {}, "exception": true},
               "Text": {"type": "string"},
               "Color": {"type": "string", "enum": ["red", "blue"]},
               "TagMap": {"type": "map", "key": {"shape": "Text"}, "value": {"shape": "Text"}},
               "Sizes": {"type": "list", "member": {"shape": "Size"}},
               "Size": {"type": "integer"},
               "Stream": {"type": "blob", "streaming": true}}}
            """;

    private static ServiceModel model() throws Exception {
        return ServiceModel.fromJson("widgets", new ObjectMapper().readTree(MODEL));
    }

    @Test
    void listsOperationsInModelOrder() throws Exception {
        assertEquals(List.of("PutWidget", "Ping"), Introspection.operations(model()));
    }

    @Test
    void describesInputOutputAndErrors() throws Exception {
        OperationInfo op = Introspection.describe(model().operation("PutWidget"));
        assertEquals("PUT", op.httpMethod());
        assertEquals("<p>Stores a widget.</p>", op.documentation());
        assertEquals(List.of("Conflict"), op.errors());
        MemberInfo id = op.input().member("Id");
        assertTrue(id.required());
        assertEquals("uri", id.location());
        assertEquals("map<Text, Text>", op.input().member("Tags").type());
        assertTrue(op.input().member("Body").streaming());
        assertEquals("The colour.", op.input().member("Color").documentation());
        assertEquals("list<Size>", op.output().member("Sizes").type());
        assertTrue(op.toString().contains("Id: string (required) [uri Id]"), op::toString);
    }

    @Test
    void anOperationWithoutInputDescribesNone() throws Exception {
        OperationInfo op = Introspection.describe(model().operation("Ping"));
        assertTrue(op.input().members().isEmpty());
        assertNull(op.input().name());
        assertFalse(op.toString().isEmpty());
    }

    @Test
    void describesEnumsAndSkeletons() throws Exception {
        ServiceModel m = model();
        assertEquals(List.of("red", "blue"), Introspection.describe(m.shape("Color")).enumValues());
        assertEquals("red", Introspection.inputSkeleton(m.operation("PutWidget")).get("Color"));
    }
}
