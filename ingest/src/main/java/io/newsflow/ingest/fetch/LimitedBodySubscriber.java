package io.newsflow.ingest.fetch;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a byte limit and cancels the stream as soon as the limit is passed,
 * so an endless body costs at most {@code limit} bytes of memory.
 *
 * <p>The bytes land in a {@link BodyBuffer}: one exact array when the response declares its
 * Content-Length, so a page is copied once from the network buffers and never regrown.
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

    /** Carries a classified failure through the HTTP client's future. */
    static final class Rejected extends IOException {
        private static final long serialVersionUID = 1L;
        final transient FetchException failure;

        Rejected(FetchException failure) {
            super(failure.getMessage());
            this.failure = failure;
        }
    }

    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final long limit;
    private final FetchException rejectOnSubscribe;
    private final boolean discard;
    private final BodyBuffer out;
    private Flow.Subscription subscription;
    private long received;

    private LimitedBodySubscriber(long limit, long declaredLength, FetchException rejectOnSubscribe, boolean discard) {
        this.limit = limit;
        this.rejectOnSubscribe = rejectOnSubscribe;
        this.discard = discard;
        this.out = discard || rejectOnSubscribe != null ? null : new BodyBuffer(Math.min(declaredLength, limit));
    }

    /**
     * Keeps up to {@code limit} bytes. {@code declaredLength} is the response's Content-Length, or -1
     * when it has none: it only sizes the buffer, the limit is enforced on the bytes received.
     */
    static LimitedBodySubscriber collecting(long limit, long declaredLength) {
        return new LimitedBodySubscriber(limit, declaredLength, null, false);
    }

    /**
     * For statuses whose body we never use (redirects, errors): drain up to {@code limit} bytes so the
     * connection can be reused, then give up on the rest.
     */
    static LimitedBodySubscriber discarding(long limit) {
        return new LimitedBodySubscriber(limit, -1, null, true);
    }

    /** For responses refused on their headers alone (content type, declared length). */
    static LimitedBodySubscriber rejecting(FetchException failure) {
        return new LimitedBodySubscriber(0, -1, failure, false);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (rejectOnSubscribe != null) {
            s.cancel();
            result.completeExceptionally(new Rejected(rejectOnSubscribe));
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            received += buffer.remaining();
            if (discard) {
                buffer.position(buffer.limit());
                if (received > limit) {
                    subscription.cancel();
                    result.complete(new byte[0]);
                    return;
                }
                continue;
            }
            if (received > limit) {
                subscription.cancel();
                result.completeExceptionally(new Rejected(FetchException.permanent(FetchException.TOO_LARGE,
                        "body exceeds " + limit + " bytes")));
                return;
            }
            out.append(buffer);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        if (result.isDone()) {
            return;
        }
        result.complete(discard ? new byte[0] : out.toByteArray());
    }
}
