package io.boto4j.services.internal.glacier;

import io.boto4j.core.http.RequestBody;
import io.boto4j.core.http.SdkHttpRequest;
import io.boto4j.core.plugin.CallContext;
import io.boto4j.core.ParamValidationException;
import io.boto4j.services.internal.OperationsHook;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * botocore's {@code add_glacier_checksums}: an archive or a part goes with its SHA-256
 * ({@code x-amz-content-sha256}, which the signature then covers) and its tree hash
 * ({@code x-amz-sha256-tree-hash}), each computed only when not given (the tree hash is the
 * {@code checksum} member). A body in memory is hashed at once; a replayable stream (a file) is
 * read once for the hashes before it is sent; a stream that can be read only once cannot be
 * hashed before it goes, and is refused before any I/O.
 */
final class ArchiveChecksums extends OperationsHook {
    static final String CONTENT_SHA256 = "x-amz-content-sha256";
    static final String TREE_HASH = "x-amz-sha256-tree-hash";

    ArchiveChecksums() {
        super("UploadArchive", "UploadMultipartPart");
    }

    @Override
    public CompletionStage<Void> afterSerialization(CallContext call) {
        SdkHttpRequest request = call.request();
        if (call.isPresign() || request.headers().first(CONTENT_SHA256) != null
                && request.headers().first(TREE_HASH) != null) {
            return CONTINUE;
        }
        RequestBody body = request.body();
        TreeHash hashes = new TreeHash();
        if (body == null || body.bytes() != null) {
            hashes.update(body == null ? new byte[0] : body.bytes());
            setMissing(request, hashes);
            return CONTINUE;
        }
        if (!body.replayable()) {
            throw new ParamValidationException(call.service().serviceName(), call.operation().name(), List.of(
                    new ParamValidationException.Problem("body", "Glacier needs the body's SHA-256 and tree hash"
                            + " before it is sent, and this body can be read only once: give bytes, a file or"
                            + " another replayable body")));
        }
        return readAll(body.publisher(), hashes).thenRun(() -> setMissing(request, hashes));
    }

    private static void setMissing(SdkHttpRequest request, TreeHash hashes) {
        String linear = hashes.linearHash();
        String tree = hashes.treeHash();
        if (request.headers().first(CONTENT_SHA256) == null) {
            request.headers().set(CONTENT_SHA256, linear);
        }
        if (request.headers().first(TREE_HASH) == null) {
            request.headers().set(TREE_HASH, tree);
        }
    }

    /** Feeds every byte of the body to the hashes; completes at its end. */
    private static CompletableFuture<Void> readAll(Flow.Publisher<ByteBuffer> body, TreeHash hashes) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        body.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                hashes.update(item);
            }

            @Override
            public void onError(Throwable failure) {
                done.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        return done;
    }
}
