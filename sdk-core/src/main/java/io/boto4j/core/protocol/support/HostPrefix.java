package io.boto4j.core.protocol.support;

import io.boto4j.core.ParamValidationException;
import io.boto4j.core.model.Member;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.Shape;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Applies an operation's {@code endpoint.hostPrefix} (with {@code hostLabel} members) to a host. */
public final class HostPrefix {
    private HostPrefix() {
    }

    /**
     * The endpoint with the expanded prefix in front of its host, or the endpoint unchanged. As
     * botocore, the prefix goes in front of whatever the endpoint's authority is, an IP address
     * included ({@code api.127.0.0.1:4566}): such a host is not a valid DNS name, so the URI keeps
     * it as a registry-based authority (see {@link io.boto4j.core.http.SdkHttpRequest#hostHeader()}).
     *
     * @param op       the operation; its {@code endpoint.hostPrefix} trait gives the template
     * @param input    the call's input, whose {@code hostLabel} members fill the template
     * @param endpoint the resolved endpoint
     * @return the prefixed endpoint (path and query kept), or {@code endpoint} when the operation has no prefix
     * @throws ParamValidationException when label values are not valid host labels (letters,
     *         digits and hyphens, 1 to 63 characters), naming every such parameter and the
     *         operation, as botocore's serializer does
     * @throws IllegalArgumentException when the template names a member that is no {@code hostLabel}
     */
    public static URI apply(OperationModel op, Map<String, Object> input, URI endpoint) {
        String template = op.hostPrefix();
        if (template == null || template.isEmpty()) {
            return endpoint;
        }
        String prefix = expand(op, template, input);
        StringBuilder uri = new StringBuilder(endpoint.getScheme()).append("://").append(prefix)
                .append(endpoint.getRawAuthority());
        if (endpoint.getRawPath() != null) {
            uri.append(endpoint.getRawPath());
        }
        if (endpoint.getRawQuery() != null) {
            uri.append('?').append(endpoint.getRawQuery());
        }
        return URI.create(uri.toString());
    }

    static String expand(OperationModel op, String template, Map<String, Object> input) {
        StringBuilder out = new StringBuilder();
        List<ParamValidationException.Problem> problems = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open);
            String label = template.substring(open + 1, close);
            Object value = input == null ? null : input.get(label);
            Shape in = op.inputShape();
            Member m = in == null ? null : in.member(label);
            if (m == null || !m.isHostLabel()) {
                throw new IllegalArgumentException("host prefix of " + op.name() + " names '" + label
                        + "', which is not a hostLabel member");
            }
            String s = value == null ? "" : value.toString();
            if (!validLabel(s)) {
                problems.add(new ParamValidationException.Problem(label, "Invalid value for parameter " + label
                        + ": '" + s + "' is not a valid host label (letters, digits and hyphens, 1-63 characters)"));
            }
            out.append(s);
            i = close + 1;
        }
        if (!problems.isEmpty()) {
            throw new ParamValidationException(op.service().serviceName(), op.name(), problems);
        }
        return out.toString();
    }

    private static boolean validLabel(String s) {
        if (s.isEmpty() || s.length() > 63 || s.startsWith("-")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128) && c != '-') {
                return false;
            }
        }
        return true;
    }
}
