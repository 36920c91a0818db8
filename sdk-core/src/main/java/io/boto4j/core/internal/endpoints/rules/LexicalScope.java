package io.boto4j.core.internal.endpoints.rules;

import java.util.HashMap;
import java.util.Map;

/**
 * Names visible while compiling a rule: the parameters, then the variables assigned by the
 * conditions of the enclosing rules and of the rule itself. Each name gets a slot of the
 * evaluation scope array; sibling rules reuse the same slots (a rule only ever reads slots
 * written on its own path, which the compiler guarantees by resolving names lexically), so
 * the array is as long as the deepest chain of assignments, not the number of assignments.
 */
final class LexicalScope {
    /** Shared by all scopes of one rule set: the size the scope array must have. */
    static final class Size {
        int slots;
        /** The slots some expression reads: for a parameter, whether its value can change the outcome. */
        final java.util.BitSet read = new java.util.BitSet();
    }

    private final LexicalScope parent;
    private final Map<String, Integer> names = new HashMap<>();
    private final Size size;
    private int nextSlot;

    private LexicalScope(LexicalScope parent, Size size, int nextSlot) {
        this.parent = parent;
        this.size = size;
        this.nextSlot = nextSlot;
    }

    static LexicalScope root(Size size) {
        return new LexicalScope(null, size, 0);
    }

    LexicalScope child() {
        return new LexicalScope(this, size, nextSlot);
    }

    /** Declares a name (a parameter or an {@code assign}); names may not be shadowed. */
    int define(String name) {
        if (lookup(name) >= 0) {
            throw new IllegalArgumentException("Assignment " + name
                    + " already exists in scope and cannot be overwritten");
        }
        int slot = nextSlot++;
        names.put(name, slot);
        size.slots = Math.max(size.slots, nextSlot);
        return slot;
    }

    /** The slot of a visible name; fails for names neither declared nor assigned on this path. */
    int slotOf(String name) {
        int slot = lookup(name);
        if (slot < 0) {
            throw new IllegalArgumentException("Reference to unknown name: " + name);
        }
        size.read.set(slot);
        return slot;
    }

    private int lookup(String name) {
        for (LexicalScope s = this; s != null; s = s.parent) {
            Integer slot = s.names.get(name);
            if (slot != null) {
                return slot;
            }
        }
        return -1;
    }
}
