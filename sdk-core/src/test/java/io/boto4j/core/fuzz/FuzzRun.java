package io.boto4j.core.fuzz;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs one fuzz target: input {@code i} is generated from a random source seeded by the base
 * seed, the target's name and {@code i} alone, so any input can be replayed on its own
 * ({@code -Dboto4j.fuzz.replay=target:index}). Each input must parse or be refused with one of
 * the exceptions the target expects; anything else (another exception type, a bug's exception
 * behind an expected one, a stack overflow, running out of memory, a hang) is a failure,
 * reported with its seed, index and body.
 *
 * <p>Settings (system properties): {@code boto4j.fuzz.inputs} inputs per target (default
 * {@value #DEFAULT_INPUTS}; the long profile {@code -Pfuzz-long} runs 100,000),
 * {@code boto4j.fuzz.seed} the base seed, {@code boto4j.fuzz.replay} one input to rerun.
 * The inputs run on a thread with a small stack, so that unbounded recursion shows at once.
 */
public final class FuzzRun {
    static final int DEFAULT_INPUTS = 3000;
    private static final long DEFAULT_SEED = 0x5EED_B07041L;
    private static final long WORKER_STACK_BYTES = 512 * 1024;
    private static final int MAX_REPORTED = 10;

    /** One generated input: what it is, its bytes (for the report) and the parse to run on it. */
    public record Input(String description, byte[] body, Parse parse) {
    }

    /** The parse under test; returns normally when the input was accepted. */
    @FunctionalInterface
    public interface Parse {
        void run() throws Exception;
    }

    private final String target;
    private final Function<SplittableRandom, Input> generator;
    private final Predicate<Throwable> expected;

    /**
     * @param target    the name in reports and replays (e.g. {@code rest-xml})
     * @param generator builds input {@code i} from its own random source
     * @param expected  the refusals that are fine (the SDK's parse errors)
     */
    public FuzzRun(String target, Function<SplittableRandom, Input> generator, Predicate<Throwable> expected) {
        this.target = target;
        this.generator = generator;
        this.expected = expected;
    }

    /** Runs every input (or the one being replayed) and fails the test on the first failures found. */
    public void run() {
        String replay = System.getProperty("boto4j.fuzz.replay", "");
        if (!replay.isEmpty()) {
            replay(replay);
            return;
        }
        int inputs = Integer.getInteger("boto4j.fuzz.inputs", DEFAULT_INPUTS);
        long seed = Long.decode(System.getProperty("boto4j.fuzz.seed", Long.toString(DEFAULT_SEED)));
        Tally tally = new Tally();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread worker = new Thread(null, () -> {
            try {
                for (int i = 0; i < inputs; i++) {
                    tally.current.set(i);
                    runOne(seed, i, tally);
                }
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        }, "fuzz-" + target, WORKER_STACK_BYTES);
        worker.setDaemon(true); // a hung input must not keep the test JVM alive
        worker.start();
        long budgetSeconds = 60 + inputs / 200L; // a hang detector, not a speed check
        try {
            done.get(budgetSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            fail("fuzz " + target + ": input " + tally.current.get() + " (seed " + hex(seed) + ", replay with -D"
                    + "boto4j.fuzz.replay=" + target + ":" + tally.current.get() + ") did not finish within "
                    + budgetSeconds + " s");
        } catch (Exception e) {
            fail("fuzz " + target + ": the run itself failed", e);
        }
        System.out.printf(Locale.ROOT, "fuzz %s: %d inputs (seed %s): %d parsed, %d refused with the SDK's parse"
                        + " errors, %d failures (%.1f s generating, %.1f s parsing)%n", target, inputs, hex(seed),
                tally.parsed, tally.refused, tally.failures.size(), tally.generatingNanos / 1e9,
                tally.parsingNanos / 1e9);
        if (!tally.failures.isEmpty()) {
            fail("fuzz " + target + ": " + tally.failures.size() + " of " + inputs + " inputs failed; the first:\n"
                    + String.join("\n", tally.failures.subList(0, Math.min(MAX_REPORTED, tally.failures.size()))));
        }
    }

    private void runOne(long seed, int index, Tally tally) {
        long started = System.nanoTime();
        Input input = generator.apply(random(seed, target, index));
        long generated = System.nanoTime();
        tally.generatingNanos += generated - started;
        try {
            input.parse().run();
            tally.parsed++;
        } catch (Throwable t) {
            if (isFine(t)) {
                tally.refused++;
            } else {
                tally.failures.add(report(seed, index, input, t));
            }
        } finally {
            tally.parsingNanos += System.nanoTime() - generated;
        }
    }

    private boolean isFine(Throwable t) {
        if (!expected.test(t) || t.getMessage() == null || t.getMessage().isBlank()) {
            return false;
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (isBug(c)) {
                return false; // a crash dressed up as a parse error
            }
        }
        return true;
    }

    private static boolean isBug(Throwable t) {
        return t instanceof Error || t instanceof NullPointerException || t instanceof ClassCastException
                || t instanceof IndexOutOfBoundsException || t instanceof NegativeArraySizeException
                || t instanceof UnsupportedOperationException || t instanceof IllegalStateException;
    }

    private String report(long seed, int index, Input input, Throwable t) {
        String body = Base64.getEncoder().encodeToString(input.body());
        return "  input " + index + " (seed " + hex(seed) + ", replay with -Dboto4j.fuzz.replay=" + target + ":" + index
                + "): " + input.description() + " -> " + t + (t.getCause() == null ? "" : " caused by " + t.getCause())
                + "\n    body (" + input.body().length + " bytes, base64): "
                + (body.length() > 400 ? body.substring(0, 400) + "..." : body);
    }

    private void replay(String spec) {
        int colon = spec.lastIndexOf(':');
        if (!spec.substring(0, colon).equals(target)) {
            return; // another target is being replayed
        }
        int index = Integer.parseInt(spec.substring(colon + 1));
        long seed = Long.decode(System.getProperty("boto4j.fuzz.seed", Long.toString(DEFAULT_SEED)));
        Input input = generator.apply(random(seed, target, index));
        System.out.println("replaying " + target + ":" + index + ": " + input.description() + "\nbody (base64): "
                + Base64.getEncoder().encodeToString(input.body()));
        try {
            input.parse().run();
            System.out.println("parsed");
        } catch (Throwable t) {
            t.printStackTrace(System.out);
            if (!isFine(t)) {
                fail(report(seed, index, input, t), t);
            }
        }
    }

    /** The random source of one input: a function of the seed, the target and the index only. */
    static SplittableRandom random(long seed, String target, int index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + target.hashCode() * 0xBF58476D1CE4E5B9L + index);
    }

    private static String hex(long seed) {
        return "0x" + Long.toHexString(seed);
    }

    private static final class Tally {
        final AtomicInteger current = new AtomicInteger();
        final List<String> failures = new ArrayList<>();
        int parsed;
        int refused;
        long generatingNanos;
        long parsingNanos;
    }
}
