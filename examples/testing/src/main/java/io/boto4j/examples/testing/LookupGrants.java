package io.boto4j.examples.testing;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The experiment behind "typed views with no extra {@code exports} or {@code opens}": what a
 * library (the core) could do once a caller hands over its {@link MethodHandles.Lookup}.
 *
 * <p>{@link Module#addExports(String, Module)} is caller-sensitive: called from any other module
 * it throws {@link IllegalCallerException}. Found through the caller's full-privilege lookup, a
 * method handle to it runs as the lookup's class, so the library may export the caller's packages
 * to itself and to Jackson on the caller's behalf, at run time and for those two modules only.
 */
public final class LookupGrants {
    private LookupGrants() {
    }

    /** Tries {@code addExports} from this module, without the caller's lookup (it must fail). */
    public static void exportWithoutLookup(Class<?> type, Module reader) {
        type.getModule().addExports(type.getPackageName(), reader);
    }

    /** Exports the package of {@code type} to {@code readers}, acting as the owner of {@code lookup}. */
    public static void exportWithLookup(MethodHandles.Lookup lookup, Class<?> type, Module... readers) throws Throwable {
        if (lookup.lookupClass().getModule() != type.getModule() || !lookup.hasFullPrivilegeAccess()) {
            throw new IllegalArgumentException("a full-privilege lookup of " + type.getModule() + " is needed");
        }
        MethodHandle addExports = lookup.findVirtual(Module.class, "addExports",
                MethodType.methodType(Module.class, String.class, Module.class));
        for (Module reader : readers) {
            addExports.invoke(type.getModule(), type.getPackageName(), reader);
        }
    }
}
