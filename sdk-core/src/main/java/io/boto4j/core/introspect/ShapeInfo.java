package io.boto4j.core.introspect;

import java.util.List;

/**
 * A shape: its type, its members (structures and unions) and its enum values (strings).
 *
 * @param name          the shape's name, or null for the input or output of an operation that has none
 * @param type          the type as people read it ({@code structure Tag}, {@code list<Tag>}), or {@code none}
 * @param members       the members of a structure, in model order; empty otherwise; immutable
 * @param enumValues    the enum values of a string, in model order; empty otherwise; immutable
 * @param documentation from the model, or null when it has none
 */
public record ShapeInfo(String name, String type, List<MemberInfo> members, List<String> enumValues,
                        String documentation) {

    /**
     * Copies the lists.
     *
     * @param name          the shape's name, or null
     * @param type          the type as people read it
     * @param members       the members; copied
     * @param enumValues    the enum values; copied
     * @param documentation from the model, or null
     */
    public ShapeInfo {
        members = List.copyOf(members);
        enumValues = List.copyOf(enumValues);
    }

    /** An operation without input or output. */
    static ShapeInfo none() {
        return new ShapeInfo(null, "none", List.of(), List.of(), null);
    }

    /**
     * The member by name, or null.
     *
     * @param memberName the member's name as in the model, e.g. {@code Bucket}
     * @return the member's description, or null when the shape has none of that name
     */
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
