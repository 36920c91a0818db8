package io.boto4j.core.protocol.xml;

import io.boto4j.core.model.Shape;
import org.junit.jupiter.api.Test;

import javax.xml.stream.XMLStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XmlValueReaderTest {
    private static final Shape ROOT = XmlTestModel.MODEL.shape("Root");

    private static Map<String, Object> read(String xml) throws Exception {
        XMLStreamReader r = SecureXml.openAtRoot(xml.getBytes(StandardCharsets.UTF_8));
        return XmlValueReader.readStructure(r, ROOT);
    }

    /**
     * A union gets SDK_UNKNOWN_MEMBER only when none of its elements is known, naming the first,
     * as the JSON reader does: an unknown element beside a known member is skipped like any other.
     */
    @Test
    void aUnionIsTaggedUnknownOnlyWhenNoKnownMemberCame() {
        Shape choice = XmlTestModel.MODEL.shape("Choice");
        assertEquals(Map.of("S", "x"), SecureXml.read("<C><Later>1</Later><S>x</S></C>".getBytes(StandardCharsets.UTF_8),
                r -> XmlValueReader.readStructure(r, choice)));
        assertEquals(Map.of(XmlValueReader.UNKNOWN_UNION_MEMBER, Map.of("name", "Later")),
                SecureXml.read("<C><Later>1</Later><Newer/></C>".getBytes(StandardCharsets.UTF_8),
                        r -> XmlValueReader.readStructure(r, choice)));
    }

    private static Map<String, Object> readWhole(String xml) {
        return SecureXml.read(xml.getBytes(StandardCharsets.UTF_8), r -> XmlValueReader.readStructure(r, ROOT));
    }

    @Test
    void findsANamedChild() {
        String name = SecureXml.read("<A><B>skip<C/></B><C><Name>x</Name></C></A>".getBytes(StandardCharsets.UTF_8),
                r -> XmlValueReader.findChild(r, "C") ? (String) XmlValueReader.readStructure(r, ROOT).get("Name") : null);
        assertEquals("x", name);
    }

    @Test
    void readsScalarsByWireName() throws Exception {
        Map<String, Object> v = read("<Root><Name>n &amp; m</Name><count>3</count><Big>9000000000</Big>"
                + "<Ratio>1.5</Ratio><Small>-Infinity</Small><On>true</On>"
                + "<When>2015-01-25T08:00:00.5Z</When><WhenEpoch>1422172800</WhenEpoch>"
                + "<Data>dmFsdWU=</Data></Root>");
        assertEquals("n & m", v.get("Name"));
        assertEquals(3, v.get("Count"));
        assertEquals(9_000_000_000L, v.get("Big"));
        assertEquals(1.5d, v.get("Ratio"));
        assertEquals(Float.NEGATIVE_INFINITY, v.get("Small"));
        assertEquals(true, v.get("On"));
        assertEquals(Instant.parse("2015-01-25T08:00:00.500Z"), v.get("When"));
        assertEquals(Instant.parse("2015-01-25T08:00:00Z"), v.get("WhenEpoch"));
        assertArrayEquals("value".getBytes(StandardCharsets.UTF_8), (byte[]) v.get("Data"));
    }

    @Test
    void nanAndEmptyElements() throws Exception {
        Map<String, Object> v = read("<Root><Ratio>NaN</Ratio><Name/><Data></Data><Tags/></Root>");
        assertTrue(((Double) v.get("Ratio")).isNaN());
        assertEquals("", v.get("Name"));
        assertEquals(0, ((byte[]) v.get("Data")).length);
        assertEquals(List.of(), v.get("Tags"));
    }

    @Test
    void attributesIncludingPrefixedOnes() throws Exception {
        Map<String, Object> v = read("<Root xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" id=\"i-1\""
                + " xsi:type=\"Canonical\"><Name>x</Name></Root>");
        assertEquals("i-1", v.get("Id"));
        assertEquals("Canonical", v.get("Typed"));
    }

    @Test
    void namespacesAreIgnoredWhenMatchingNames() throws Exception {
        Map<String, Object> v = read("<Root xmlns=\"http://a\" xmlns:b=\"http://b\"><b:Name>x</b:Name>"
                + "<Ns xmlns=\"http://c\">y</Ns></Root>");
        assertEquals("x", v.get("Name"));
        assertEquals("y", v.get("Ns"));
    }

    @Test
    void listsWrappedFlattenedAndNested() throws Exception {
        Map<String, Object> v = read("<Root><Tags><member>a</member><member>b</member></Tags>"
                + "<Flat>1</Flat><Name>between</Name><Flat>2</Flat>"
                + "<Item>x</Item><Item>y</Item>"
                + "<Nested><member><member>p</member><member>q</member></member><member><member>r</member></member></Nested>"
                + "</Root>");
        assertEquals(List.of("a", "b"), v.get("Tags"));
        assertEquals(List.of("1", "2"), v.get("Flat"));
        assertEquals(List.of("x", "y"), v.get("FlatNamed"), "flattened items under the list member's name");
        assertEquals(List.of(List.of("p", "q"), List.of("r")), v.get("Nested"));
    }

    @Test
    void flattenedListItemsUnderTheMemberNameToo() throws Exception {
        Map<String, Object> v = read("<Root><FlatNamed>x</FlatNamed><FlatNamed>y</FlatNamed></Root>");
        assertEquals(List.of("x", "y"), v.get("FlatNamed"));
    }

    @Test
    void mapsWrappedAndFlattenedWithRenamedKeyAndValue() throws Exception {
        Map<String, Object> v = read("<Root><Attrs><entry><key>a</key><value>1</value></entry>"
                + "<entry><value>2</value><key>b</key></entry></Attrs>"
                + "<Attr><K>x</K><V>7</V></Attr><Name>n</Name><Attr><K>y</K><V>8</V></Attr></Root>");
        assertEquals(Map.of("a", "1", "b", "2"), v.get("Attrs"));
        assertEquals(Map.of("x", 7, "y", 8), v.get("FlatAttrs"));
    }

    @Test
    void unknownElementsAndHttpBoundMembersAreSkipped() throws Exception {
        Map<String, Object> v = read("<Root><Unknown><Name>deep</Name></Unknown><x-h>no</x-h>"
                + "<Header>no</Header><Name>kept</Name></Root>");
        assertEquals(Map.of("Name", "kept"), v);
    }

    @Test
    void recursiveStructures() throws Exception {
        Map<String, Object> v = read("<Root><Child><Child><Name>inner</Name></Child></Child></Root>");
        @SuppressWarnings("unchecked")
        Map<String, Object> child = (Map<String, Object>) ((Map<String, Object>) v.get("Child")).get("Child");
        assertEquals("inner", child.get("Name"));
    }

    @Test
    void refusesDocumentTypeDeclarations() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Root [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Root><Name>&x;</Name></Root>";
        XmlFormatException e = assertThrows(XmlFormatException.class,
                () -> SecureXml.openAtRoot(xxe.getBytes(StandardCharsets.UTF_8)));
        assertFalse(e.getMessage().contains("root:"), "no file content leaks into the message");
        String bomb = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]><Root>&lol2;</Root>";
        assertThrows(XmlFormatException.class, () -> SecureXml.openAtRoot(bomb.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesUndeclaredEntitiesAndMalformedXml() {
        assertThrows(XmlFormatException.class, () -> readWhole("<Root><Name>&x;</Name></Root>"));
        assertThrows(XmlFormatException.class, () -> readWhole("<Root><Name>open</Root>"));
        assertThrows(XmlFormatException.class, () -> SecureXml.openAtRoot(new byte[0]));
    }

    @Test
    void badScalarNamesTheMember() {
        XmlFormatException e = assertThrows(XmlFormatException.class, () -> read("<Root><count>many</count></Root>"));
        assertTrue(e.getMessage().contains("Count"), e.getMessage());
    }
}
