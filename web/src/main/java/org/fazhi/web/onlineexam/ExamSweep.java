package org.fazhi.web.onlineexam;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.fazhi.onlineexam.exam.ExamRoom;
import org.glassfish.jersey.server.spi.Container;
import org.glassfish.jersey.server.spi.ContainerLifecycleListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every 10 seconds, submits the papers whose time is up ({@link ExamRoom#sweep}), so results appear without the
 * candidate (one indexed query of the sittings still open, so a short period costs nothing). Runs while the application runs. On a shared PostgreSQL instance every node sweeps: a paper is
 * submitted in a serializable transaction that re-reads it, so two nodes never submit it twice.
 */
final class ExamSweep implements ContainerLifecycleListener {
    static final long SECONDS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(ExamSweep.class);

    private final ExamRoom room;
    private ScheduledExecutorService timer;

    ExamSweep(ExamRoom room) {
        this.room = room;
    }

    @Override
    public synchronized void onStartup(Container container) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fazhi-exam-sweep");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::sweep, SECONDS, SECONDS, TimeUnit.SECONDS);
    }

    private void sweep() {
        try {
            int n = room.sweep();
            if (n > 0) {
                LOG.info("online exam: {} paper(s) submitted at time-out", n);
            }
        } catch (RuntimeException e) {
            LOG.warn("online exam sweep failed; next try in {} s", SECONDS, e);
        }
    }

    @Override
    public void onReload(Container container) {
    }

    @Override
    public synchronized void onShutdown(Container container) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
