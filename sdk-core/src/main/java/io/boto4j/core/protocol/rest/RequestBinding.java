package io.boto4j.core.protocol.rest;

import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.Shape;
import io.boto4j.core.model.ShapeType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds the non-body members of a REST operation's input to the HTTP request: URI labels,
 * {@code querystring} members, {@code header} members and {@code headers} prefix maps. What is
 * left for the body is returned for the protocol's body format to write.
 */
final class RequestBinding {
    private static final Map<OperationModel, UriTemplate> TEMPLATES = new ConcurrentHashMap<>();

    private RequestBinding() {
    }

    static UriTemplate template(OperationModel op) {
        return TEMPLATES.computeIfAbsent(op, o -> UriTemplate.parse(o.requestUri()));
    }

    /**
     * Fills path, query and headers of {@code request} from {@code input}; returns the members
     * bound to the body (no {@code location}), in input order, with null values left out.
     */
    static Map<String, Object> bind(OperationModel op, Shape inputShape, Map<String, Object> input,
                                    SdkHttpRequest request) {
        UriTemplate template = template(op);
        Map<String, String> labels = new HashMap<>();
        Map<String, Object> body = new LinkedHashMap<>();
        List<Map<?, ?>> queryMaps = new ArrayList<>();
        Set<String> queryKeys = new HashSet<>();
        for (Map.Entry<String, String> literal : template.literalQuery()) {
            request.addQueryParam(literal.getKey(), literal.getValue());
            queryKeys.add(literal.getKey());
        }
        if (inputShape != null && input != null) {
            for (Map.Entry<String, Object> e : input.entrySet()) {
                Object value = e.getValue();
                Member m = inputShape.member(e.getKey());
                if (value == null || m == null) {
                    continue;
                }
                String location = m.location();
                if (location == null) {
                    body.put(e.getKey(), value);
                    continue;
                }
                switch (location) {
                    case "uri":
                        labels.put(m.wireName(), HeaderValues.toUriText(m, value));
                        break;
                    case "querystring":
                        if (m.type() == ShapeType.MAP) {
                            queryMaps.add((Map<?, ?>) value);
                        } else {
                            addQuery(request, m, value, queryKeys);
                        }
                        break;
                    case "header":
                        if (m.type() == ShapeType.LIST && ((List<?>) value).isEmpty()) {
                            break; // botocore leaves empty list headers out
                        }
                        request.headers().set(m.wireName(), HeaderValues.toHeader(m, value));
                        break;
                    case "headers":
                        addPrefixHeaders(request, m.wireName(), (Map<?, ?>) value);
                        break;
                    default:
                        break; // statusCode and other output-only locations carry nothing on requests
                }
            }
        }
        // Map members only fill keys no literal or named query member already set.
        for (Map<?, ?> map : queryMaps) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                if (e.getValue() == null || queryKeys.contains(key)) {
                    continue;
                }
                if (e.getValue() instanceof List<?> list) {
                    for (Object item : list) {
                        request.addQueryParam(key, String.valueOf(item));
                    }
                } else {
                    request.addQueryParam(key, String.valueOf(e.getValue()));
                }
            }
        }
        request.encodedPath(template.expand(labels::get, op.name()));
        return body;
    }

    private static void addQuery(SdkHttpRequest request, Member m, Object value, Set<String> queryKeys) {
        String key = m.wireName();
        queryKeys.add(key);
        if (m.type() == ShapeType.LIST) {
            Member item = m.shape().listMember();
            for (Object v : (List<?>) value) {
                if (v != null) {
                    request.addQueryParam(key, HeaderValues.toUriText(item, v));
                }
            }
        } else {
            request.addQueryParam(key, HeaderValues.toUriText(m, value));
        }
    }

    private static void addPrefixHeaders(SdkHttpRequest request, String prefix, Map<?, ?> values) {
        for (Map.Entry<?, ?> e : values.entrySet()) {
            if (e.getValue() != null) {
                request.headers().set(prefix + e.getKey(), String.valueOf(e.getValue()));
            }
        }
    }
}
