package io.boto4j.core.protocol.xml;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class XmlErrorEnvelopeTest {
    private static XmlErrorEnvelope read(String xml) {
        return XmlErrorEnvelope.read(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void s3StyleRootError() {
        XmlErrorEnvelope e = read("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchKey</Code>"
                + "<Message>gone</Message><Key>k</Key><RequestId>r1</RequestId><HostId>h1</HostId></Error>");
        assertEquals("NoSuchKey", e.code());
        assertEquals("gone", e.message());
        assertEquals("r1", e.requestId());
        assertEquals("h1", e.hostId());
        assertEquals(List.of(), e.errorPath());
    }

    @Test
    void queryStyleWithNamespaceAndTrailingRequestId() {
        XmlErrorEnvelope e = read("<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Error>"
                + "<Type>Sender</Type><Code>NoSuchEntity</Code><Message>m</Message></Error>"
                + "<RequestId>r2</RequestId></ErrorResponse>");
        assertEquals("NoSuchEntity", e.code());
        assertEquals("Sender", e.type());
        assertEquals("r2", e.requestId());
        assertEquals(List.of("Error"), e.errorPath());
    }

    @Test
    void ec2StyleReadsFieldsThroughThePath() {
        byte[] body = ("<Response><Errors><Error><Code>C</Code><Message>M</Message></Error></Errors>"
                + "<RequestID>r3</RequestID></Response>").getBytes(StandardCharsets.UTF_8);
        XmlErrorEnvelope e = XmlErrorEnvelope.read(body);
        assertEquals("r3", e.requestId());
        assertEquals(List.of("Errors", "Error"), e.errorPath());
        Map<String, Object> fields = e.readFields(body, XmlTestModel.MODEL.shape("Root"));
        assertEquals(Map.of(), fields, "Code and Message are not members of Root");
    }

    @Test
    void notAnErrorBody() {
        assertNull(read("<html><body>502 Bad Gateway</body></html>"));
        assertNull(read("not xml at all"));
        assertNull(XmlErrorEnvelope.read(new byte[0]));
    }
}
