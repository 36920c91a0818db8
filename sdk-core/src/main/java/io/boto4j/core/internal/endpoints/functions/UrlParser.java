package io.boto4j.core.internal.endpoints.functions;

import io.boto4j.core.http.UriEncoding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code parseURL}: splits an http(s) URL into {@code scheme}, {@code authority} (host and
 * port as written), {@code path}, {@code normalizedPath} (dot segments and empty segments
 * removed, percent-encoded, always ending with '/') and {@code isIp}. Null for other schemes,
 * for URLs with a query, and for a port that is not a number in 0..65535. A fragment is ignored,
 * as botocore does.
 */
public final class UrlParser {
    private static final String HEX = "[0-9A-Fa-f]{1,4}";
    private static final String IPV4 = "(?:[0-9]{1,3}\\.){3}[0-9]{1,3}";
    private static final String LS32 = "(?:" + HEX + ":" + HEX + "|" + IPV4 + ")";
    /** RFC 3986 IPv6address, one alternative per position of "::". */
    private static final String IPV6 = "(?:"
            + "(?:" + HEX + ":){6}" + LS32
            + "|::(?:" + HEX + ":){5}" + LS32
            + "|(?:" + HEX + ")?::(?:" + HEX + ":){4}" + LS32
            + "|(?:(?:" + HEX + ":)?" + HEX + ")?::(?:" + HEX + ":){3}" + LS32
            + "|(?:(?:" + HEX + ":){0,2}" + HEX + ")?::(?:" + HEX + ":){2}" + LS32
            + "|(?:(?:" + HEX + ":){0,3}" + HEX + ")?::" + HEX + ":" + LS32
            + "|(?:(?:" + HEX + ":){0,4}" + HEX + ")?::" + LS32
            + "|(?:(?:" + HEX + ":){0,5}" + HEX + ")?::" + HEX
            + "|(?:(?:" + HEX + ":){0,6}" + HEX + ")?::"
            + ")";
    private static final String ZONE_ID = "(?:%25|%)(?:[A-Za-z0-9._!\\-~]|%[a-fA-F0-9]{2})+";
    private static final Pattern BRACKETED_IPV6 = Pattern.compile("^\\[" + IPV6 + "(?:" + ZONE_ID + ")?\\]$");

    private UrlParser() {
    }

    public static Map<String, Object> parseUrl(String value) {
        if (value == null) {
            return null;
        }
        int colon = value.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String scheme = value.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return null;
        }
        String rest = value.substring(colon + 1);
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        int question = rest.indexOf('?');
        if (question >= 0) {
            if (question < rest.length() - 1) {
                return null;
            }
            rest = rest.substring(0, question);
        }
        String authority = "";
        String path = rest;
        if (rest.startsWith("//")) {
            int slash = rest.indexOf('/', 2);
            authority = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
            path = slash < 0 ? "" : rest.substring(slash);
        }
        String host = hostOf(authority);
        if (host == null) {
            return null;
        }
        Map<String, Object> url = new LinkedHashMap<>();
        url.put("scheme", scheme);
        url.put("authority", authority);
        url.put("path", path);
        url.put("normalizedPath", normalizePath(path));
        url.put("isIp", isIp(host));
        return Collections.unmodifiableMap(url);
    }

    /** The host of an authority (without user info and port), or null when the port is invalid. */
    private static String hostOf(String authority) {
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        String host;
        String port;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                return null;
            }
            host = hostPort.substring(0, close + 1);
            String after = hostPort.substring(close + 1);
            port = after.startsWith(":") ? after.substring(1) : "";
        } else {
            int c = hostPort.indexOf(':');
            host = c < 0 ? hostPort : hostPort.substring(0, c);
            port = c < 0 ? "" : hostPort.substring(c + 1);
        }
        if (!port.isEmpty()) {
            if (port.length() > 5 || !port.chars().allMatch(ch -> ch >= '0' && ch <= '9')
                    || Integer.parseInt(port) > 65535) {
                return null;
            }
        }
        return host.toLowerCase(Locale.ROOT);
    }

    private static boolean isIp(String host) {
        if (host.startsWith("[")) {
            return BRACKETED_IPV6.matcher(host).matches();
        }
        return HostLabels.IPV4.matcher(host).matches();
    }

    /**
     * Removes "." and ".." segments and empty segments (AWS services do not accept "//"),
     * percent-encodes (keeping '/'), and ensures a leading and a trailing '/'.
     */
    static String normalizePath(String path) {
        if (path.isEmpty()) {
            return "/";
        }
        List<String> out = new ArrayList<>();
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
            } else {
                out.add(segment);
            }
        }
        StringBuilder sb = new StringBuilder();
        if (path.charAt(0) == '/') {
            sb.append('/');
        }
        sb.append(String.join("/", out));
        String normalized = UriEncoding.encodePath(sb.toString());
        return normalized.endsWith("/") ? normalized : normalized + "/";
    }
}
