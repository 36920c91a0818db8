package io.boto4j.core.introspect;

/**
 * One member of a structure.
 *
 * @param type the member's type as {@link Introspection#typeName} spells it
 * @param location where it travels (header, querystring, uri, statusCode, headers), or null for the body
 * @param documentation from the model, or null when it has none
 */
public record MemberInfo(String name, String type, String shapeName, boolean required, String location,
                         String locationName, boolean streaming, boolean deprecated, String documentation) {

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(name).append(": ").append(type);
        if (required) {
            sb.append(" (required)");
        }
        if (streaming) {
            sb.append(" (streaming)");
        }
        if (location != null) {
            sb.append(" [").append(location).append(locationName != null ? " " + locationName : "").append(']');
        }
        if (deprecated) {
            sb.append(" (deprecated)");
        }
        return sb.toString();
    }
}
