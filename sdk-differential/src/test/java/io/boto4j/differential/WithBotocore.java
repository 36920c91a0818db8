package io.boto4j.differential;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class the run's one botocore driver ({@link BotocoreDriver}): started by the first
 * class that needs it, kept in JUnit's root store and closed when the run ends (loading botocore
 * clients is slow, so every class shares the process). Skips the class, with the reason, when
 * botocore {@value BotocoreEnvironment#BOTOCORE_VERSION} is not available.
 */
final class WithBotocore implements BeforeAllCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WithBotocore.class);

    private static volatile BotocoreDriver driver;

    /** The driver, once {@link #beforeAll} has run for the calling class. */
    static BotocoreDriver driver() {
        return driver;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Started started = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Started.class,
                k -> Started.start(), Started.class);
        if (started.driver == null) {
            String msg = "differential test skipped: " + started.whyNot;
            System.out.println(msg);
            Assumptions.abort(msg);
        }
        driver = started.driver;
    }

    /** The driver or why there is none; closed by JUnit with the root store. */
    static final class Started implements ExtensionContext.Store.CloseableResource {
        final BotocoreDriver driver;
        final String whyNot;

        private Started(BotocoreDriver driver, String whyNot) {
            this.driver = driver;
            this.whyNot = whyNot;
        }

        static Started start() {
            try {
                BotocoreDriver.Started s = BotocoreDriver.start(Clients.driverSettings());
                return new Started(s.driver(), s.whyNot());
            } catch (java.io.IOException e) {
                return new Started(null, "the botocore driver did not start: " + e.getMessage());
            }
        }

        @Override
        public void close() {
            if (driver != null) {
                driver.close();
            }
        }
    }
}
