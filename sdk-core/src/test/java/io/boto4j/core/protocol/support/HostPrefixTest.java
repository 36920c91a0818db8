package io.boto4j.core.protocol.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.ParamValidationException;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HostPrefixTest {
    private static final String MODEL = """
            {"metadata": {"protocol": "json", "jsonVersion": "1.1", "targetPrefix": "Svc"},
             "operations": {"Op": {"name": "Op", "input": {"shape": "In"},
                                   "endpoint": {"hostPrefix": "{Account}.{Zone}."}}},
             "shapes": {
               "In": {"type": "structure", "members": {
                 "Account": {"shape": "String", "hostLabel": true},
                 "Zone": {"shape": "String", "hostLabel": true}}},
               "String": {"type": "string"}}}""";

    private static OperationModel op() throws Exception {
        return ServiceModel.fromJson("svc", new ObjectMapper().readTree(MODEL)).operation("Op");
    }

    @Test
    void labelsAreExpandedInFrontOfTheHost() throws Exception {
        assertEquals(URI.create("https://acct.z1.svc.example.com/p?q=1"),
                HostPrefix.apply(op(), Map.of("Account", "acct", "Zone", "z1"), URI.create("https://svc.example.com/p?q=1")));
    }

    /** Bad input is a validation error naming every bad label and the operation, as botocore's serializer raises. */
    @Test
    void badLabelValuesAreAValidationErrorNamingEachParameter() throws Exception {
        ParamValidationException e = assertThrows(ParamValidationException.class, () -> HostPrefix.apply(op(),
                Map.of("Account", "not/a/label", "Zone", ""), URI.create("https://svc.example.com")));
        assertEquals("svc", e.service());
        assertEquals("Op", e.operation());
        assertEquals(List.of("Account", "Zone"), e.problems().stream().map(ParamValidationException.Problem::path).toList());
    }
}
