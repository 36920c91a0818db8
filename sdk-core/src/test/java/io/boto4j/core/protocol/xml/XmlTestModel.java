package io.boto4j.core.protocol.xml;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;

/** A small service model whose shapes exercise the XML traits. */
final class XmlTestModel {
    static final ServiceModel MODEL = load();

    private XmlTestModel() {
    }

    static OperationModel op() {
        return MODEL.operation("Op");
    }

    private static ServiceModel load() {
        String json = """
            {
              "metadata": {"protocol": "rest-xml", "apiVersion": "2020-01-01"},
              "operations": {
                "Op": {"name": "Op", "input": {"shape": "Root", "locationName": "RootRequest",
                        "xmlNamespace": {"uri": "http://root.example.com"}},
                       "output": {"shape": "Root"}}
              },
              "shapes": {
                "Root": {"type": "structure", "members": {
                  "Id": {"shape": "String", "locationName": "id", "xmlAttribute": true},
                  "Typed": {"shape": "String", "locationName": "xsi:type", "xmlAttribute": true},
                  "Name": {"shape": "String"},
                  "Count": {"shape": "Integer", "locationName": "count"},
                  "Big": {"shape": "Long"},
                  "Ratio": {"shape": "Double"},
                  "Small": {"shape": "Float"},
                  "On": {"shape": "Boolean"},
                  "When": {"shape": "Timestamp"},
                  "WhenEpoch": {"shape": "Timestamp", "timestampFormat": "unixTimestamp"},
                  "Data": {"shape": "Blob"},
                  "Tags": {"shape": "TagList"},
                  "Flat": {"shape": "TagList", "flattened": true},
                  "FlatNamed": {"shape": "NamedList", "flattened": true},
                  "Nested": {"shape": "ListOfLists"},
                  "Attrs": {"shape": "StringMap"},
                  "FlatAttrs": {"shape": "NamedMap", "flattened": true, "locationName": "Attr"},
                  "Ns": {"shape": "String", "xmlNamespace": {"prefix": "baz", "uri": "http://baz.example.com"}},
                  "Child": {"shape": "Root"},
                  "Header": {"shape": "String", "location": "header", "locationName": "x-h"}
                }},
                "String": {"type": "string"},
                "Integer": {"type": "integer"},
                "Long": {"type": "long"},
                "Double": {"type": "double"},
                "Float": {"type": "float"},
                "Boolean": {"type": "boolean"},
                "Timestamp": {"type": "timestamp"},
                "Blob": {"type": "blob"},
                "TagList": {"type": "list", "member": {"shape": "String"}},
                "NamedList": {"type": "list", "member": {"shape": "String", "locationName": "Item"}},
                "ListOfLists": {"type": "list", "member": {"shape": "TagList"}},
                "StringMap": {"type": "map", "key": {"shape": "String"}, "value": {"shape": "String"}},
                "NamedMap": {"type": "map", "key": {"shape": "String", "locationName": "K"},
                             "value": {"shape": "Integer", "locationName": "V"}},
                "Choice": {"type": "structure", "union": true, "members": {
                  "S": {"shape": "String"}, "N": {"shape": "Integer"}}}
              }
            }
            """;
        try {
            return ServiceModel.fromJson("xmltest", new ObjectMapper().readTree(json));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
