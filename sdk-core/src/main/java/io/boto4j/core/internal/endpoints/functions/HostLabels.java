package io.boto4j.core.internal.endpoints.functions;

import java.util.regex.Pattern;

/** {@code isValidHostLabel} and {@code aws.isVirtualHostableS3Bucket}. */
public final class HostLabels {
    static final Pattern IPV4 = Pattern.compile("^(?:[0-9]{1,3}\\.){3}[0-9]{1,3}$");

    private HostLabels() {
    }

    /**
     * Whether {@code value} is an RFC 1123 host label: 1 to 63 letters, digits or '-', not
     * starting or ending with '-'. With {@code allowSubDomains}, every '.'-separated part must be
     * one (so empty parts, as in {@code a..b} or a trailing dot, fail).
     */
    public static boolean isValidHostLabel(String value, boolean allowSubDomains) {
        if (value == null) {
            return false;
        }
        if (!allowSubDomains) {
            return isLabel(value, 0, value.length());
        }
        int start = 0;
        while (true) {
            int dot = value.indexOf('.', start);
            int end = dot < 0 ? value.length() : dot;
            if (!isLabel(value, start, end)) {
                return false;
            }
            if (dot < 0) {
                return true;
            }
            start = dot + 1;
        }
    }

    /**
     * Whether a bucket name can be the first label(s) of a virtual-hosted S3 host name: at least
     * 3 characters, no upper case, not shaped like an IPv4 address, and valid host label(s).
     */
    public static boolean isVirtualHostableS3Bucket(String value, boolean allowSubDomains) {
        if (value == null || value.length() < 3 || hasUpperCase(value) || IPV4.matcher(value).matches()) {
            return false;
        }
        return isValidHostLabel(value, allowSubDomains);
    }

    private static boolean isLabel(String s, int start, int end) {
        int length = end - start;
        if (length < 1 || length > 63 || s.charAt(start) == '-' || s.charAt(end - 1) == '-') {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasUpperCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
