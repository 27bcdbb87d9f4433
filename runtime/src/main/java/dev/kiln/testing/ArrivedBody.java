package dev.kiln.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A response body read as it arrives, for {@link TestStream}: every byte the client received is read
 * before a break is reported. The JDK's {@code BodyHandlers.ofInputStream()} throws as soon as the
 * connection fails, dropping chunks it had received but the test had not read yet, so a test of a
 * stream the server cuts off saw its items or not depending on timing.
 *
 * <p>Back-pressure as the JDK's: one list of buffers is requested at a time, the next once the reader
 * has taken it, so a test that stops reading holds the server back.
 */
final class ArrivedBody extends InputStream implements HttpResponse.BodySubscriber<InputStream> {
    /** What the connection delivered, in order: a {@code List<ByteBuffer>}, then {@link #END} or a failure. */
    private final BlockingQueue<Object> arrived = new LinkedBlockingQueue<>();

    private static final Object END = new Object();

    private volatile Flow.Subscription subscription;
    private Iterator<ByteBuffer> buffers = List.<ByteBuffer>of().iterator();
    private ByteBuffer current;
    private boolean ended;
    private IOException failure;
    private volatile boolean closed;

    static HttpResponse.BodyHandler<InputStream> handler() {
        return info -> new ArrivedBody();
    }

    @Override
    public CompletionStage<InputStream> getBody() {
        return CompletableFuture.completedFuture(this);
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (closed) {
            subscription.cancel();
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        arrived.add(item);
    }

    @Override
    public void onError(Throwable throwable) {
        arrived.add(throwable);
    }

    @Override
    public void onComplete() {
        arrived.add(END);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!next()) {
            return -1;
        }
        int n = Math.min(length, current.remaining());
        current.get(into, offset, n);
        return n;
    }

    /** Whether there is a byte to read: waits for the next buffer; at a break, after every byte before it. */
    private boolean next() throws IOException {
        while (current == null || !current.hasRemaining()) {
            if (buffers.hasNext()) {
                current = buffers.next();
                continue;
            }
            if (ended) {
                return false;
            }
            if (failure != null) {
                throw failure;
            }
            if (closed) {
                throw new IOException("closed");
            }
            Object item;
            try {
                item = arrived.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            if (item == END) {
                ended = true;
            } else if (item instanceof Throwable error) {
                failure = error instanceof IOException io ? io : new IOException(error);
            } else {
                @SuppressWarnings("unchecked")
                List<ByteBuffer> list = (List<ByteBuffer>) item;
                buffers = list.iterator();
                subscription.request(1);
            }
        }
        return true;
    }

    @Override
    public void close() {
        closed = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }
}
