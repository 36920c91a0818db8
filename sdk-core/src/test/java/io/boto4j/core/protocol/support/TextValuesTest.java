package io.boto4j.core.protocol.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.ServiceModel;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextValuesTest {
    private static Member flag() throws Exception {
        String model = """
                {"metadata": {"protocol": "query"}, "operations": {},
                 "shapes": {"In": {"type": "structure", "members": {"Flag": {"shape": "Boolean"}}},
                            "Boolean": {"type": "boolean"}}}""";
        return ServiceModel.fromJson("svc", new ObjectMapper().readTree(model)).shape("In").member("Flag");
    }

    /** A boolean is written as what it says: text "true" is true, and a value that is no boolean is refused, not sent as false. */
    @Test
    void booleansAreWrittenAsTheySayOrRefused() throws Exception {
        Member flag = flag();
        assertEquals("true", TextValues.format(flag, Boolean.TRUE));
        assertEquals("false", TextValues.format(flag, false));
        assertEquals("true", TextValues.format(flag, "True"));
        assertEquals("false", TextValues.format(flag, "false"));
        assertThrows(IllegalArgumentException.class, () -> TextValues.format(flag, "yes"));
        assertThrows(IllegalArgumentException.class, () -> TextValues.format(flag, 1));
    }
}
