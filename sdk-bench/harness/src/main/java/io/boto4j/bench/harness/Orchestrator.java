package io.boto4j.bench.harness;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The concurrency benchmark end to end (what {@code bench/run.sh} runs): starts the
 * {@link LoadServer} pinned to one core, then each contender in a JVM of its own pinned to
 * the other core, one after the other; then the cold starts (fresh JVMs, interleaved) and
 * boto4j's scale probes; prints the tables and the {@code RESULT} lines.
 *
 * <p>Options: {@code --root DIR} (the repository), {@code --java PATH} (the base JDK's
 * {@code java}), {@code --java25 PATH} (a JDK 25 {@code java}, for virtual threads; without it
 * those contenders are skipped), {@code --quick}, {@code --out DIR}, {@code --profile} (JFR of
 * the main contenders at 64 in flight instead of the benchmark), {@code --only a,b} (load runs
 * of these contenders only), {@code --levels 1,64}, {@code --no-coldstart}, {@code --no-scale}.
 */
public final class Orchestrator {
    /** Every client JVM: a fixed heap and the collector a 1-CPU JVM picks anyway, stated so that it never varies. */
    static final List<String> CLIENT_JVM_ARGS = List.of("-Xms1g", "-Xmx1g", "-XX:+UseSerialGC");
    static final List<String> PROFILE_JVM_ARGS = List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:+DebugNonSafepoints");
    static final String SERVER_CPU = "0";
    static final String CLIENT_CPU = "1";

    private final Map<String, String> options;
    private final boolean quick;
    private final Path out;
    private final Jvms jvms;
    private final Report report = new Report();
    private Process server;
    private URI serverUri;

    private Orchestrator(Map<String, String> options) throws IOException {
        this.options = options;
        this.quick = options.containsKey("quick");
        Path root = Path.of(options.getOrDefault("root", ".")).toAbsolutePath().normalize();
        this.out = Path.of(options.getOrDefault("out", System.getProperty("java.io.tmpdir") + "/boto4j-bench-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now())));
        Files.createDirectories(out);
        String java25 = options.get("java25");
        this.jvms = new Jvms(root, Path.of(options.getOrDefault("java", ProcessHandle.current().info().command()
                .orElse("java"))), java25 == null || java25.isBlank() ? null : Path.of(java25));
    }

    public static void main(String[] args) throws Exception {
        Orchestrator o = new Orchestrator(LoadOptions.named(args));
        try {
            o.run();
        } finally {
            o.stopServer();
        }
    }

    private void run() throws Exception {
        report.header(describeMachine());
        startServer();
        if (options.containsKey("profile")) {
            profile();
            return;
        }
        try {
            if (!options.containsKey("no-load")) {
                for (LoadRun r : loadRuns()) {
                    load(r);
                }
            }
            if (!options.containsKey("no-coldstart")) {
                coldStarts();
            }
            if (!options.containsKey("no-scale")) {
                scale();
            }
        } catch (Exception | Error e) {
            // What was measured before the failure is still worth its table.
            report.note("run stopped early: " + e);
            throw e;
        } finally {
            stopServer();
            String summary = report.render();
            System.out.print(summary);
            Files.writeString(out.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
            System.err.println("raw lines and logs: " + out);
        }
    }

    /** One contender's load JVM and the levels it measures. */
    private record LoadRun(Contender contender, int[] levels) {
    }

    private List<LoadRun> loadRuns() {
        List<LoadRun> runs = new ArrayList<>();
        int[] c64 = {64};
        int[] c1c64 = {1, 64};
        int[] all = {1, 16, 64, 256};
        if (options.containsKey("levels")) {
            all = Arrays.stream(options.get("levels").split(",")).mapToInt(Integer::parseInt).toArray();
            c64 = all;
            c1c64 = all;
        }
        if (options.containsKey("only")) {
            for (String name : options.get("only").split(",")) {
                runs.add(new LoadRun(Contender.named(name), quick ? c1c64 : all));
            }
            return runs;
        }
        if (quick) {
            // Exactly what the ratios need, and no more: run.sh --quick stays under 3 minutes.
            runs.add(new LoadRun(Contender.CEILING, c64));
            runs.add(new LoadRun(Contender.ASYNC, c64));
            runs.add(new LoadRun(Contender.NETTY, c64));
            runs.add(new LoadRun(Contender.SYNC, c1c64));
            runs.add(new LoadRun(Contender.APACHE, c1c64));
            return runs;
        }
        for (Contender c : Contender.ALL) {
            runs.add(new LoadRun(c, all));
        }
        return runs;
    }

    private Duration seconds(String option, double full, double quickValue) {
        double s = options.containsKey(option) ? Double.parseDouble(options.get(option)) : quick ? quickValue : full;
        return Duration.ofMillis(Math.round(s * 1000));
    }

    private void load(LoadRun run) throws Exception {
        load(run, CLIENT_JVM_ARGS, List.of(), seconds("window", 15, 4));
    }

    private void load(LoadRun run, List<String> extraJvmArgs, List<String> extraArgs, Duration window)
            throws Exception {
        Contender c = run.contender();
        if (c.jdk25() && !jvms.hasJava25()) {
            report.note(c.name() + ": skipped, no JDK 25 given (--java25)");
            return;
        }
        List<String> jvmArgs = new ArrayList<>(extraJvmArgs);
        jvmArgs.addAll(c.jvmArgs());
        List<String> args = new ArrayList<>(List.of("load", "--contender", c.name(), "--server", serverUri.toString(),
                "--levels", Arrays.stream(run.levels()).mapToObj(Integer::toString).collect(Collectors.joining(",")),
                "--warmup", secondsText(seconds("warmup", 30, 8)),
                "--level-warmup", secondsText(seconds("level-warmup", 5, 2)),
                "--window", secondsText(window)));
        args.addAll(c.loadArgs());
        args.addAll(extraArgs);
        Path log = out.resolve(c.name() + ".log");
        System.err.printf("[bench] %s: levels %s (log %s)%n", c.name(), Arrays.toString(run.levels()), log);
        Process p = jvms.start(c.module(), c.jdk25(), jvmArgs, c.mainClass(), args, CLIENT_CPU, log);
        int exit = Jvms.drain(p, line -> {
            Map<String, String> level = KeyValues.parse("LEVEL", line);
            if (level != null) {
                report.level(c, level);
                appendRaw(line);
                System.err.printf("[bench]   c%s: %s req/s, p99 %s us, client %s us/call (%s%% CPU), server %s%% CPU,"
                                + " JIT %s ms, load %s%n", level.get("concurrency"), level.get("rps"),
                        level.get("p99us"), level.get("cpuUsPerCall"), level.get("cpuPct"), level.get("serverCpuPct"),
                        level.get("jitMs"), level.get("load1"));
            }
        });
        if (exit != 0) {
            report.note(c.name() + ": client JVM exited with " + exit + " (see " + log + ")");
            System.err.println("[bench] " + c.name() + " failed; last lines of its log:");
            List<String> lines = Files.readAllLines(log);
            lines.subList(Math.max(0, lines.size() - 30), lines.size()).forEach(System.err::println);
        }
    }

    private static String secondsText(Duration d) {
        return Double.toString(d.toMillis() / 1000.0);
    }

    /** Process start to first GetObject, in fresh JVMs, the contenders interleaved so that drift in load hits all alike. */
    private void coldStarts() throws Exception {
        int runs = Integer.parseInt(options.getOrDefault("coldstart-runs", quick ? "5" : "7"));
        List<Contender> contenders = List.of(Contender.SYNC, Contender.APACHE, Contender.ASYNC, Contender.NETTY);
        System.err.printf("[bench] cold starts: %d fresh JVMs each of %s%n", runs,
                contenders.stream().map(Contender::name).collect(Collectors.joining(", ")));
        for (int i = 0; i < runs; i++) {
            for (Contender c : contenders) {
                Path log = out.resolve(c.name() + "-coldstart.log");
                long spawnedUs = ColdStartProbe.epochMicros();
                Process p = jvms.start(c.module(), false, List.of(), c.mainClass(),
                        List.of("coldstart", "--contender", c.name(), "--server", serverUri.toString()), CLIENT_CPU, log);
                int exit = Jvms.drain(p, line -> {
                    Map<String, String> values = KeyValues.parse("COLDSTART", line);
                    if (values != null) {
                        values.put("spawnedEpochUs", Long.toString(spawnedUs));
                        values.put("load1", Double.toString(Meters.loadAverage()));
                        report.coldStart(c, values);
                        appendRaw(line + " spawnedEpochUs=" + spawnedUs);
                    }
                });
                if (exit != 0) {
                    report.note(c.name() + ": cold-start JVM exited with " + exit + " (see " + log + ")");
                }
            }
        }
    }

    /** boto4j's scale probes: all bundled models loaded in a fresh JVM; client creation and memory in another. */
    private void scale() throws Exception {
        for (String probe : List.of("scale-models", "scale-clients")) {
            Path log = out.resolve("boto4j-" + probe + ".log");
            System.err.println("[bench] " + probe);
            Process p = jvms.start("boto4j", false, CLIENT_JVM_ARGS, Contender.BOTO4J_MAIN,
                    List.of(probe, "--server", serverUri.toString()), CLIENT_CPU, log);
            int exit = Jvms.drain(p, line -> {
                Map<String, String> values = KeyValues.parse("SCALE", line);
                if (values != null) {
                    report.scale(values);
                    appendRaw(line);
                }
            });
            if (exit != 0) {
                report.note(probe + ": JVM exited with " + exit + " (see " + log + ")");
            }
        }
    }

    /** JFR recordings of one window at 64 in flight, each summarised next to it. */
    private void profile() throws Exception {
        String names = options.getOrDefault("only", "vertx-ceiling,boto4j-async,boto4j-sync,sdkv2-apache");
        int level = Integer.parseInt(options.getOrDefault("levels", "64"));
        // Longer than a level's usual warm-up: the priming recording's JIT work must be over too.
        options.putIfAbsent("level-warmup", "15");
        List<String> jvmArgs = new ArrayList<>(CLIENT_JVM_ARGS);
        jvmArgs.addAll(PROFILE_JVM_ARGS);
        for (String name : names.split(",")) {
            Path jfr = out.resolve(name + "-c" + level + ".jfr");
            load(new LoadRun(Contender.named(name), new int[] {level}), jvmArgs,
                    List.of("--jfr", jfr.toString(), "--jfr-level", Integer.toString(level)),
                    seconds("window", 30, 10));
            if (Files.exists(jfr)) {
                Path summary = out.resolve(name + "-c" + level + ".profile.txt");
                Files.writeString(summary, JfrSummary.summarize(jfr, 40, report.calls(name, level)), StandardCharsets.UTF_8);
                System.err.println("[bench] profile of " + name + ": " + summary);
            }
        }
        stopServer();
        System.out.print(report.render());
    }

    private void startServer() throws IOException {
        Path log = out.resolve("server.log");
        server = jvms.start("harness", false, List.of("-Xms64m", "-Xmx64m", "-XX:+UseSerialGC"),
                LoadServer.class.getName(), List.of("0"), SERVER_CPU, log);
        String first = new java.io.BufferedReader(new java.io.InputStreamReader(server.getInputStream(),
                StandardCharsets.US_ASCII)).readLine();
        if (first == null || !first.startsWith("LISTENING ")) {
            throw new IllegalStateException("the load server did not start (see " + log + ")");
        }
        serverUri = URI.create("http://127.0.0.1:" + first.substring("LISTENING ".length()).trim());
    }

    private void stopServer() throws InterruptedException {
        if (server != null) {
            jvms.stop(server);
            server = null;
        }
    }

    private void appendRaw(String line) {
        try {
            Files.writeString(out.resolve("raw.txt"), line + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String describeMachine() throws IOException {
        String cpu = "";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("");
        }
        return String.format("date %s UTC; %d CPUs (%s); load average %.2f; base JDK %s; JDK 25 %s; %s; mode %s",
                DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(ZoneOffset.UTC).format(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)),
                Runtime.getRuntime().availableProcessors(), cpu, Meters.loadAverage(), jvms.java(false),
                jvms.hasJava25() ? jvms.java(true) : "(none)",
                jvms.pinned() ? "server on CPU " + SERVER_CPU + ", clients on CPU " + CLIENT_CPU + " (taskset)"
                        : "NOT pinned (no taskset)",
                quick ? "--quick" : "full");
    }
}
