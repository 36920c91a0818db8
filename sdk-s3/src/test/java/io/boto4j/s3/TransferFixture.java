package io.boto4j.s3;

import io.boto4j.core.client.ClientConfig;
import io.boto4j.core.pipeline.ServiceRuntime;
import io.boto4j.core.plugin.CustomMethod;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** A client on a {@link FakeS3}, and what the transfer tests share. */
final class TransferFixture implements AutoCloseable {
    static final int MIB = 1 << 20;

    final FakeS3 s3 = new FakeS3();
    final ServiceRuntime runtime;

    TransferFixture(Path home) {
        this(home, ClientConfig.builder());
    }

    TransferFixture(Path home, ClientConfig.Builder config) {
        runtime = TestRuntimes.runtime("s3", s3, config.endpointUrl("http://s3.test").retryMode("standard")
                .maxAttempts(3), home);
    }

    /** Runs a method as a layer would, callbacks on the completing thread. */
    <R> CompletableFuture<R> start(CustomMethod<R> method, Map<String, ?> args) {
        return runtime.callMethod(method, args, Runnable::run);
    }

    <R> R call(CustomMethod<R> method, Map<String, ?> args) {
        return start(method, args).join();
    }

    /** The failure of a call, unwrapped. */
    Throwable failure(CustomMethod<?> method, Map<String, ?> args) {
        try {
            call(method, args);
        } catch (CompletionException e) {
            return e.getCause();
        }
        throw new AssertionError(method.name() + " succeeded");
    }

    static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    @Override
    public void close() {
        s3.close();
    }

    /** Records what a listener hears, in order, with the progress it was given. */
    static final class Recorder implements TransferListener {
        final List<String> events = Collections.synchronizedList(new ArrayList<>());
        volatile TransferProgress last;
        volatile int concurrentCalls;
        private int inside;

        private synchronized void enter() {
            if (++inside > 1) {
                concurrentCalls++;
            }
        }

        private synchronized void leave() {
            inside--;
        }

        private void record(String event, TransferProgress progress) {
            enter();
            try {
                if (last != null && progress.bytesTransferred() < last.bytesTransferred()) {
                    events.add("WENT BACKWARDS");
                }
                last = progress;
                events.add(event);
            } finally {
                leave();
            }
        }

        @Override
        public void transferStarted(TransferProgress progress) {
            record("started " + progress.totalBytes() + " in " + progress.totalParts(), progress);
        }

        @Override
        public void bytesTransferred(long bytes, TransferProgress progress) {
            record("bytes " + bytes, progress);
        }

        @Override
        public void partCompleted(int partNumber, TransferProgress progress) {
            record("part " + partNumber, progress);
        }

        @Override
        public void transferCompleted(TransferProgress progress) {
            record("completed " + progress.bytesTransferred(), progress);
        }

        @Override
        public void transferFailed(TransferProgress progress, Throwable cause) {
            record("failed", progress);
        }
    }
}
