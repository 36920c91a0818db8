package io.boto4j.core.typed;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed views on the module path without {@code opens} lines: with the caller's
 * {@link MethodHandles.Lookup}, the packages of a view and of the types it converts are opened, at
 * run time, to Jackson (which converts the records and POJOs) and to this module (which calls the
 * view's default methods), and to no one else.
 *
 * <p>{@link Module#addOpens(String, Module)} is caller-sensitive: only the module itself may call
 * it. Found through the caller's own full-privilege lookup, a method handle to it runs as the
 * caller, so the SDK opens the caller's packages on its behalf and only with its consent (the
 * lookup). Types of other modules are left alone: their modules must export or open them.
 */
public final class ViewAccess {
    private static final MethodType ADD_OPENS = MethodType.methodType(Module.class, String.class, Module.class);

    private ViewAccess() {
    }

    /**
     * Opens to Jackson and to the SDK core the packages, in the lookup's module, of {@code view}
     * and of the types its methods take and return (records' components and fields included).
     *
     * @param view   the view interface
     * @param lookup a full-privilege lookup of a class in the view's module: {@code MethodHandles.lookup()}
     * @throws IllegalArgumentException when the lookup is not a full-privilege lookup of the view's module
     */
    public static void open(Class<?> view, MethodHandles.Lookup lookup) {
        Module owner = view.getModule();
        if (!owner.isNamed()) {
            return; // the class path: every package is open already
        }
        if (lookup.lookupClass().getModule() != owner || !lookup.hasFullPrivilegeAccess()) {
            throw new IllegalArgumentException("view(" + view.getSimpleName() + ".class, lookup) needs the lookup"
                    + " of a class in " + owner.getName() + ": pass MethodHandles.lookup() called there (got "
                    + lookup + ")");
        }
        MethodHandle addOpens;
        try {
            addOpens = lookup.findVirtual(Module.class, "addOpens", ADD_OPENS);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Module.addOpens is not reachable", e);
        }
        Module[] readers = {ObjectMapper.class.getModule(), ViewAccess.class.getModule()};
        for (String pkg : packagesOf(view)) {
            for (Module reader : readers) {
                if (!owner.isOpen(pkg, reader)) {
                    try {
                        addOpens.invoke(owner, pkg, reader);
                    } catch (Throwable e) {
                        throw new IllegalStateException("Cannot open " + pkg + " of " + owner.getName()
                                + " to " + reader.getName(), e);
                    }
                }
            }
        }
    }

    /** The packages, in the view's module, of the view and the types reachable from its methods. */
    static Set<String> packagesOf(Class<?> view) {
        Module owner = view.getModule();
        Set<String> packages = new TreeSet<>();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Type> pending = new ArrayDeque<>();
        pending.add(view);
        while (!pending.isEmpty()) {
            Type type = pending.poll();
            if (type instanceof ParameterizedType p) {
                pending.add(p.getRawType());
                pending.addAll(List.of(p.getActualTypeArguments()));
            } else if (type instanceof GenericArrayType a) {
                pending.add(a.getGenericComponentType());
            } else if (type instanceof WildcardType w) {
                pending.addAll(List.of(w.getUpperBounds()));
            } else if (type instanceof Class<?> c) {
                Class<?> element = c.isArray() ? c.componentType() : c;
                if (element.getModule() == owner && seen.add(element)) {
                    packages.add(element.getPackageName());
                    pending.addAll(reachableFrom(element, element == view));
                }
            }
        }
        return packages;
    }

    /** The view's method signatures; a data type's record components and fields. */
    private static List<Type> reachableFrom(Class<?> c, boolean isView) {
        List<Type> types = new ArrayList<>();
        if (isView) {
            for (Method m : c.getMethods()) {
                types.add(m.getGenericReturnType());
                types.addAll(List.of(m.getGenericParameterTypes()));
            }
            return types;
        }
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                types.add(rc.getGenericType());
            }
        }
        for (Class<?> k = c; k != null && k.getModule() == c.getModule(); k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    types.add(f.getGenericType());
                }
            }
        }
        return types;
    }
}
