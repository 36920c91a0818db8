package io.boto4j.core.internal.endpoints.functions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A parsed {@code getAttr} path such as {@code resourceId[1]} or {@code a.b[0]}: dot-separated
 * names, each optionally followed by one {@code [index]}. Parsed once when the rule set is
 * prepared; {@link #apply} walks it over maps and lists and gives null for a missing key or an
 * index out of range.
 */
public final class AttrPath {
    /** A step: a map key (name != null) and/or a list index (index >= 0). */
    private record Step(String name, int index) {
    }

    private final String text;
    private final Step[] steps;

    private AttrPath(String text, Step[] steps) {
        this.text = text;
        this.steps = steps;
    }

    public static AttrPath parse(String path) {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("getAttr: empty path");
        }
        List<Step> steps = new ArrayList<>();
        for (String part : path.split("\\.", -1)) {
            int bracket = part.indexOf('[');
            if (bracket < 0) {
                steps.add(new Step(requireName(part, path), -1));
                continue;
            }
            if (!part.endsWith("]")) {
                throw new IllegalArgumentException("getAttr: bad index in path '" + path + "'");
            }
            String name = part.substring(0, bracket);
            String digits = part.substring(bracket + 1, part.length() - 1);
            if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("getAttr: bad index in path '" + path + "'");
            }
            steps.add(new Step(name.isEmpty() ? null : name, Integer.parseInt(digits)));
        }
        return new AttrPath(path, steps.toArray(new Step[0]));
    }

    private static String requireName(String part, String path) {
        if (part.isEmpty()) {
            throw new IllegalArgumentException("getAttr: empty segment in path '" + path + "'");
        }
        return part;
    }

    public Object apply(Object value) {
        Object current = value;
        for (Step step : steps) {
            if (step.name != null) {
                if (!(current instanceof Map<?, ?> map)) {
                    return null;
                }
                current = map.get(step.name);
            }
            if (step.index >= 0) {
                if (!(current instanceof List<?> list) || step.index >= list.size()) {
                    return null;
                }
                current = list.get(step.index);
            }
        }
        return current;
    }

    @Override
    public String toString() {
        return text;
    }
}
