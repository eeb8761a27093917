package io.newsflow.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * Collects a response body up to a cap and then cancels the download, so an endless or huge body costs at most
 * {@code cap} bytes of memory and transfer.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<CappedBytes> {

    private final long cap;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<CappedBytes> result = new CompletableFuture<>();
    private Flow.@Nullable Subscription subscription;

    CappedBodySubscriber(long cap) {
        this.cap = cap;
    }

    @Override
    public CompletionStage<CappedBytes> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return; // already cut at the cap; the cancelled download may still deliver what was in flight
        }
        for (ByteBuffer buffer : buffers) {
            int room = (int) Math.min(cap - out.size(), buffer.remaining());
            byte[] chunk = new byte[room];
            buffer.get(chunk);
            out.writeBytes(chunk);
            if (buffer.hasRemaining()) {
                if (subscription != null) {
                    subscription.cancel();
                }
                result.complete(new CappedBytes(out.toByteArray(), true));
                return;
            }
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(new CappedBytes(out.toByteArray(), false));
    }
}
