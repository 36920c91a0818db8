package io.boto4j.core.loader;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** A source held in memory that counts how often each document is opened. */
final class MemoryModelSource implements ModelSource {
    private final String id = "memory:" + UUID.randomUUID();
    private final Map<String, String> files;
    private final AtomicInteger opens = new AtomicInteger();
    private final long openDelayMillis;

    MemoryModelSource(Map<String, String> files) {
        this(files, 0);
    }

    MemoryModelSource(Map<String, String> files, long openDelayMillis) {
        this.files = Map.copyOf(files);
        this.openDelayMillis = openDelayMillis;
    }

    int opens() {
        return opens.get();
    }

    @Override
    public Optional<InputStream> open(String path) {
        String text = files.get(path);
        if (text == null) {
            return Optional.empty();
        }
        opens.incrementAndGet();
        if (openDelayMillis > 0) {
            try {
                Thread.sleep(openDelayMillis); // widen the window in which racing threads could both parse
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Optional.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public boolean exists(String path) {
        return files.containsKey(path);
    }

    @Override
    public Set<String> services() {
        Set<String> out = new TreeSet<>();
        files.keySet().stream().filter(p -> p.indexOf('/') > 0).forEach(p -> out.add(p.substring(0, p.indexOf('/'))));
        return out;
    }

    @Override
    public Set<String> apiVersions(String service) {
        Set<String> out = new TreeSet<>();
        for (String p : files.keySet()) {
            String[] parts = p.split("/");
            if (parts.length == 3 && parts[0].equals(service)) {
                out.add(parts[1]);
            }
        }
        return out;
    }

    @Override
    public String id() {
        return id;
    }
}
