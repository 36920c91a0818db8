package io.boto4j.core.introspect;

import java.util.List;

/**
 * A shape: its type, its members (structures and unions) and its enum values (strings).
 *
 * @param documentation from the model, or null when it has none
 */
public record ShapeInfo(String name, String type, List<MemberInfo> members, List<String> enumValues,
                        String documentation) {

    public ShapeInfo {
        members = List.copyOf(members);
        enumValues = List.copyOf(enumValues);
    }

    /** An operation without input or output. */
    static ShapeInfo none() {
        return new ShapeInfo(null, "none", List.of(), List.of(), null);
    }

    /** The member by name, or null. */
    public MemberInfo member(String memberName) {
        for (MemberInfo m : members) {
            if (m.name().equals(memberName)) {
                return m;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        if (name == null) {
            return "(none)";
        }
        StringBuilder sb = new StringBuilder(name).append(" (").append(type).append(')');
        members.forEach(m -> sb.append("\n  ").append(m));
        if (!enumValues.isEmpty()) {
            sb.append(' ').append(enumValues);
        }
        return sb.toString();
    }
}
