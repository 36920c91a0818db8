package io.boto4j.core.protocol.xml;

import io.boto4j.core.model.OperationModel;
import org.junit.jupiter.api.Test;

import javax.xml.stream.XMLStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class XmlValueWriterTest {
    private static final OperationModel OP = XmlTestModel.op();

    private static String write(Map<String, Object> value) {
        return new String(XmlValueWriter.toBytes(OP.input(), OP.input().locationName(), value), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void rootNameNamespaceAttributesAndTheValuesOrder() {
        String xml = write(map("Name", "a<b", "Id", "i-1", "Typed", "T", "Header", "skipped", "Count", 2));
        assertEquals("<RootRequest xmlns=\"http://root.example.com\" id=\"i-1\" xsi:type=\"T\">"
                + "<Name>a&lt;b</Name><count>2</count></RootRequest>", xml);
    }

    @Test
    void scalarsAsText() {
        String xml = write(map("Ratio", Double.NaN, "Small", 1.5f, "On", false,
                "When", Instant.parse("2015-01-25T08:00:00Z"), "WhenEpoch", Instant.ofEpochSecond(1422172800),
                "Data", "value".getBytes(StandardCharsets.UTF_8), "Big", 1e18 > 0 ? 12L : 0L));
        // Elements in the value's order, as botocore writes the caller's dict.
        assertEquals("<RootRequest xmlns=\"http://root.example.com\"><Ratio>NaN</Ratio>"
                + "<Small>1.5</Small><On>false</On><When>2015-01-25T08:00:00Z</When>"
                + "<WhenEpoch>1422172800</WhenEpoch><Data>dmFsdWU=</Data><Big>12</Big></RootRequest>", xml);
    }

    @Test
    void prefixedNamespaceOnAMember() {
        assertEquals("<RootRequest xmlns=\"http://root.example.com\"><Ns xmlns:baz=\"http://baz.example.com\">v</Ns>"
                + "</RootRequest>", write(map("Ns", "v")));
    }

    @Test
    void listsWrappedFlattenedAndNested() {
        String xml = write(map("Tags", List.of("a", "b"), "Flat", List.of("1"), "FlatNamed", List.of("x", "y"),
                "Nested", List.of(List.of("p"), List.of())));
        assertEquals("<RootRequest xmlns=\"http://root.example.com\">"
                + "<Tags><member>a</member><member>b</member></Tags><Flat>1</Flat>"
                + "<FlatNamed>x</FlatNamed><FlatNamed>y</FlatNamed>"
                + "<Nested><member><member>p</member></member><member></member></Nested></RootRequest>", xml);
    }

    @Test
    void mapsWrappedAndFlattened() {
        String xml = write(map("Attrs", map("a", "1"), "FlatAttrs", map("x", 7, "y", 8)));
        assertEquals("<RootRequest xmlns=\"http://root.example.com\">"
                + "<Attrs><entry><key>a</key><value>1</value></entry></Attrs>"
                + "<Attr><K>x</K><V>7</V></Attr><Attr><K>y</K><V>8</V></Attr></RootRequest>", xml);
    }

    @Test
    void whatIsWrittenReadsBack() throws Exception {
        Map<String, Object> value = map("Id", "i-1", "Name", "n", "Count", 3, "Tags", List.of("a"),
                "FlatNamed", List.of("x", "y"), "Attrs", map("k", "v"), "FlatAttrs", map("x", 7),
                "Child", map("Name", "c"), "When", Instant.parse("2020-02-02T02:02:02.123Z"));
        byte[] bytes = XmlValueWriter.toBytes(OP.input(), "RootRequest", value);
        XMLStreamReader r = SecureXml.openAtRoot(bytes);
        assertEquals(value, XmlValueReader.readStructure(r, OP.inputShape()));
    }
}
