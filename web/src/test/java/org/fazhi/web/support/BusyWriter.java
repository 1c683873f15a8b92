package org.fazhi.web.support;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Someone who keeps saving while something else runs (a backup): a thread that saves one record after
 * another until stopped. {@link #awaitFirst} waits for the first saves; after {@link #stop}, {@link #failed}
 * tells whether a save went wrong and {@link #saved} how many were acknowledged.
 */
public final class BusyWriter {
    /** The {@code i}-th save, counted from 0. */
    @FunctionalInterface
    public interface Save {
        void save(int i) throws Exception;
    }

    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicInteger saved = new AtomicInteger();
    private final AtomicReference<Throwable> failed = new AtomicReference<>();
    private final CountDownLatch first;
    private final Thread thread;

    private BusyWriter(int first, Save save) {
        this.first = new CountDownLatch(first);
        thread = new Thread(() -> {
            try {
                for (int i = 0; !stop.get(); i++) {
                    save.save(i);
                    saved.incrementAndGet();
                    this.first.countDown();
                }
            } catch (Throwable t) {
                failed.set(t);
                while (this.first.getCount() > 0) {
                    this.first.countDown();
                }
            }
        }, "writer");
    }

    /** Starts saving at once; {@link #awaitFirst} waits for {@code first} saves (or a failure). */
    public static BusyWriter start(int first, Save save) {
        BusyWriter w = new BusyWriter(first, save);
        w.thread.start();
        return w;
    }

    /** Whether the first saves were in, or a save failed, within {@code timeout}. */
    public boolean awaitFirst(Duration timeout) throws InterruptedException {
        return first.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks the writer to stop after the save under way and waits for it at most {@code timeout}. */
    public void stop(Duration timeout) throws InterruptedException {
        stop.set(true);
        thread.join(timeout.toMillis());
    }

    /** What made a save fail, or null. */
    public Throwable failed() {
        return failed.get();
    }

    /** The saves acknowledged so far. */
    public int saved() {
        return saved.get();
    }
}
