package org.fazhi.storage.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.fazhi.storage.Database;
import org.fazhi.storage.backup.BackupNames;
import org.fazhi.storage.backup.BackupResult;
import org.fazhi.storage.backup.BackupWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The automatic backup: while the server runs, one archive a day in the data folder's
 * {@code backups/} ({@code 备份-2026-11-23.fazhi.zip}), the newest {@code backup.keep} of them kept.
 * One daemon thread, started and stopped with the server. A failure is logged and shown to admins as
 * {@code lastError}, is tried again at the next check, never stops the server, and never prunes.
 */
public final class DailyBackup implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DailyBackup.class);

    private final Database db;
    private final BackupWriter writer;
    private final BackupSettings settings;
    private final BackupSchedule schedule;
    private final Clock clock;
    private ScheduledExecutorService executor;

    /** @param clock the server's: what "today" is, so which archive is due, and when a backup was made */
    public DailyBackup(Database db, BackupWriter writer, BackupSettings settings, BackupSchedule schedule, Clock clock) {
        this.db = db;
        this.writer = writer;
        this.settings = settings;
        this.schedule = schedule;
        this.clock = clock;
    }

    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fazhi-daily-backup");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::check, schedule.firstCheck().toMillis(), schedule.interval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** One scheduled check; catches everything, since an exception would cancel all later runs. */
    public void check() {
        try {
            runIfDue();
        } catch (Throwable e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.error("每日自动备份失败:{}", message, e);
            try {
                settings.recordFailure(clock.instant(), message);
            } catch (RuntimeException again) {
                LOG.error("无法记录备份失败的原因", again);
            }
        }
    }

    /** Writes today's archive unless it exists, then prunes; empty when there was nothing to do. */
    public Optional<BackupResult> runIfDue() {
        LocalDate today = LocalDate.now(clock);
        if (Files.exists(folder().resolve(BackupNames.daily(today)))) {
            return Optional.empty();
        }
        return Optional.of(run(today));
    }

    private BackupResult run(LocalDate today) {
        String name = BackupNames.daily(today);
        removeLeftovers();
        BackupResult r = writer.write(folder().resolve(name), true);
        settings.recordSuccess(clock.instant(), "backups/" + name);
        LOG.info("每日自动备份完成:{}({} 个附件,{})", r.file(), r.attachments(), BackupResult.humanSize(r.size()));
        prune(settings.keep());
        return r;
    }

    /** Deletes daily archives beyond the newest {@code keep}; other files in backups/ are never touched. */
    public List<Path> prune(int keep) {
        List<Map.Entry<LocalDate, Path>> daily = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder())) {
            files.filter(Files::isRegularFile).forEach(p ->
                    BackupNames.dayOf(p.getFileName().toString()).ifPresent(d -> daily.add(Map.entry(d, p))));
        } catch (IOException e) {
            LOG.warn("无法列出备份文件夹 {}", folder(), e);
            return List.of();
        }
        daily.sort(Map.Entry.<LocalDate, Path>comparingByKey(Comparator.reverseOrder()));
        List<Path> removed = new ArrayList<>();
        for (Map.Entry<LocalDate, Path> old : daily.subList(Math.min(keep, daily.size()), daily.size())) {
            try {
                Files.deleteIfExists(old.getValue());
                removed.add(old.getValue());
                LOG.info("已删除较早的自动备份 {}", old.getValue());
            } catch (IOException e) {
                LOG.warn("无法删除较早的自动备份 {}", old.getValue(), e);
            }
        }
        return removed;
    }

    /**
     * Temporary files of a backup that never finished (the server was killed mid-backup). Only old ones:
     * a {@code backup --to} into this folder may be writing its own right now.
     */
    private void removeLeftovers() {
        // Compared with the files' modification times, which the operating system writes by its own clock:
        // the ledger's clock may be pinned to another day (--today), so the age is judged by the system's.
        java.time.Instant before = java.time.Instant.now().minus(java.time.Duration.ofDays(1));
        try (Stream<Path> files = Files.list(folder())) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith(".") && (n.endsWith(".part") || n.startsWith(".fazhi-snapshot-"))
                        && Files.getLastModifiedTime(p).toInstant().isBefore(before)) {
                    Files.deleteIfExists(p);
                    LOG.info("已删除未完成备份留下的临时文件 {}", p);
                }
            }
        } catch (IOException e) {
            LOG.warn("无法清理备份文件夹 {} 中的临时文件", folder(), e);
        }
    }

    private Path folder() {
        return db.folder().backups();
    }

    /** Stops the checks; a backup being written is given time to finish so no temp file is left. */
    @Override
    public synchronized void close() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(60, TimeUnit.SECONDS)) {
                LOG.warn("自动备份未在 60 秒内结束,强制停止");
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
    }
}
