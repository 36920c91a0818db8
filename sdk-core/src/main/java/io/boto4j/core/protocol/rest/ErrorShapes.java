package io.boto4j.core.protocol.rest;

import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;
import io.boto4j.core.model.Shape;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Error codes as services send them, and the modeled error shapes they name. */
final class ErrorShapes {
    /** Per service: error code (and shape name) to exception shape, built once. */
    private static final Map<ServiceModel, Map<String, Shape>> BY_SERVICE = new ConcurrentHashMap<>();

    private ErrorShapes() {
    }

    /** The bare code: {@code ns#Code:http://uri} becomes {@code Code}. */
    static String bareCode(String raw) {
        if (raw == null) {
            return null;
        }
        String code = raw.trim();
        int colon = code.indexOf(':');
        if (colon >= 0) {
            code = code.substring(0, colon);
        }
        int hash = code.lastIndexOf('#');
        if (hash >= 0) {
            code = code.substring(hash + 1);
        }
        return code;
    }

    /** The operation's error shape for {@code code}, else the service's, else null. */
    static Shape find(OperationModel op, String code) {
        if (code == null || code.isEmpty()) {
            return null;
        }
        for (Shape s : op.errors()) {
            if (code.equals(s.errorCode()) || code.equals(s.name())) {
                return s;
            }
        }
        return BY_SERVICE.computeIfAbsent(op.service(), ErrorShapes::index).get(code);
    }

    private static Map<String, Shape> index(ServiceModel service) {
        Map<String, Shape> byCode = new HashMap<>();
        for (String name : service.shapeNames()) {
            Shape s = service.shape(name);
            if (s.isException()) {
                byCode.putIfAbsent(s.errorCode(), s);
                byCode.putIfAbsent(s.name(), s);
            }
        }
        return Map.copyOf(byCode);
    }
}
