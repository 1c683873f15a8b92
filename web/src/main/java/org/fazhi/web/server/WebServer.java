package org.fazhi.web.server;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.time.Clock;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;
import org.fazhi.duty.DutyTracking;
import org.fazhi.storage.DataFolder;
import org.fazhi.storage.Database;
import org.fazhi.storage.Engine;
import org.fazhi.storage.FolderLock;
import org.fazhi.storage.backup.BackupWriter;
import org.fazhi.storage.StorageException;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.training.LawTraining;
import org.fazhi.web.auth.SetupGate;
import org.fazhi.storage.backup.BackupSchedule;
import org.fazhi.storage.backup.BackupSettings;
import org.fazhi.storage.backup.DailyBackup;
import org.fazhi.web.demo.DemoLedger;
import org.fazhi.web.pages.Version;
import org.glassfish.jersey.jetty.JettyHttpContainerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running server: the database, the services and Jetty with Jersey, started and stopped together. */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    /**
     * In-flight requests get this long to finish when the server is asked to stop; with the database's
     * close the whole stop stays within about 3 s (a service manager or Ctrl+C waits no longer).
     */
    private static final long STOP_TIMEOUT_MS = 1_500;

    private final Database db;
    private final CoreServices core;
    private final LawTraining training;
    private final DutyTracking duty;
    private final SetupGate setup;
    private final Server jetty;
    private final String host;
    private final DailyBackup dailyBackup;
    private final FolderLock lock;
    private final Clock clock;
    private final String demo;

    private WebServer(Database db, CoreServices core, LawTraining training, DutyTracking duty, SetupGate setup,
            Server jetty, String host, DailyBackup dailyBackup, FolderLock lock, Clock clock, String demo) {
        this.demo = demo;
        this.clock = clock;
        this.dailyBackup = dailyBackup;
        this.lock = lock;
        this.training = training;
        this.duty = duty;
        this.db = db;
        this.core = core;
        this.setup = setup;
        this.jetty = jetty;
        this.host = host;
    }

    /**
     * Opens the database (migrating it) and starts listening; port 0 picks a free port. The server's
     * clock is made here: the system clock in this computer's zone, pinned to {@link ServerConfig#today()}
     * when that is given.
     */
    public static WebServer start(ServerConfig config) {
        return start(config, ServerClock.of(config.today()), null);
    }

    /**
     * As {@link #start(ServerConfig)}, on {@code clock} (tests pin or move it).
     *
     * @param clock what "today" and "now" are for every module, page and the daily backup; its zone is
     *              the ledger's. {@link ServerConfig#today()} is not looked at.
     */
    public static WebServer start(ServerConfig config, Clock clock) {
        return start(config, clock, null);
    }

    /**
     * As {@link #start(ServerConfig, Clock)}, with the daily backup's check interval given (tests).
     *
     * @param schedule null for {@link BackupSchedule#STANDARD}: first check a minute after start, then hourly
     */
    public static WebServer start(ServerConfig config, Clock clock, BackupSchedule schedule) {
        StartupPhases.mark("命令行与日志");
        DataFolder folder = DataFolder.open(config.dataDir());
        if (config.attachments() != null) {
            folder = folder.withAttachments(config.attachments());
        }
        // Held for the server's lifetime: a restore refuses to replace the files under it, and so does a second server.
        FolderLock lock = FolderLock.acquire(folder, "服务器");
        Database db;
        try {
            // The integrity check runs while Jersey builds the application below (each takes a second or
            // two on a large ledger); the port opens, and anything is written, only once it has passed.
            db = config.database() == null
                    ? Database.openWhileChecking(folder, Modules.MIGRATIONS, clock)
                    : Database.open(config.database(), folder, Modules.MIGRATIONS);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        StartupPhases.mark("打开数据库");
        try {
            Ledgers ledgers = Ledgers.open(db, clock);
            CoreServices core = ledgers.core();
            SetupGate setup = new SetupGate(core);
            LawTraining training = ledgers.training();
            DutyTracking duty = ledgers.duty();
            URI base = URI.create("http://" + hostForUri(config.host()) + ":" + config.port() + "/");
            Server jetty = JettyHttpContainerFactory.createServer(base, WebApp.build(ledgers, setup), false);
            if (config.behindProxy()) {
                trustProxyHeaders(jetty);
            }
            jetty.setHandler(RequestQueue.around(jetty.getHandler(), config.activeRequests()));
            jetty.setRequestLog(new CustomRequestLog(new Slf4jRequestLogWriter(), CustomRequestLog.EXTENDED_NCSA_FORMAT));
            jetty.setStopTimeout(STOP_TIMEOUT_MS);
            jetty.setStopAtShutdown(false);
            StartupPhases.mark("Jersey 应用");
            db.awaitIntegrity();
            StartupPhases.mark("完整性检查");
            // The demo goes in before the port opens: no page may show a half-loaded county.
            String demo = config.demo() ? DemoLedger.loadIfEmpty(ledgers) : null;
            try {
                jetty.start();
                StartupPhases.mark("开始监听");
                // Housekeeping once the port is open: an expired sign-in is refused whether or not its row is gone.
                core.sessions().purgeExpired();
            } catch (Exception e) {
                stopQuietly(jetty);
                if (rootCause(e) instanceof BindException) {
                    throw new StorageException("端口 " + config.port() + " 已被占用或无法监听 " + config.host()
                            + ",请用 --port 换一个端口,或先关闭占用该端口的程序");
                }
                throw new IllegalStateException("服务器启动失败:" + e.getMessage(), e);
            }
            DailyBackup daily = new DailyBackup(db, new BackupWriter(db, Modules.FILES, Version.current(), clock),
                    new BackupSettings(db.jdbi(), core.audit(), clock), schedule == null ? BackupSchedule.STANDARD : schedule,
                    clock);
            if (db.engine() == Engine.SQLITE) {
                daily.start();
            } else {
                LOG.info("共享实例(PostgreSQL):不写每日备份,数据库由数据库管理员用 pg_dump 备份,附件目录 {} 另行备份",
                        folder.attachments());
            }
            StartupPhases.log();
            return new WebServer(db, core, training, duty, setup, jetty, config.host(), daily, lock, clock, demo);
        } catch (RuntimeException e) {
            db.close();
            lock.close();
            throw e;
        }
    }

    /**
     * Behind a reverse proxy every request comes from the proxy's address: one guesser would pause every
     * user's sign-in (the throttle counts failures per address too) and the audit log would name the proxy.
     * Jetty's customizer takes the client's address from the proxy's headers instead.
     */
    private static void trustProxyHeaders(Server jetty) {
        for (org.eclipse.jetty.server.Connector c : jetty.getConnectors()) {
            org.eclipse.jetty.server.HttpConnectionFactory http = c.getConnectionFactory(org.eclipse.jetty.server.HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().addCustomizer(new org.eclipse.jetty.server.ForwardedRequestCustomizer());
            }
        }
    }

    /** What --demo did (one Chinese line), or null without --demo. */
    public String demoSummary() {
        return demo;
    }

    public int port() {
        return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    }

    /** The address to open in a browser. */
    public String url() {
        String h = "0.0.0.0".equals(host) || "::".equals(host) ? "127.0.0.1" : hostForUri(host);
        return "http://" + h + ":" + port() + "/";
    }

    public Database database() {
        return db;
    }

    public CoreServices services() {
        return core;
    }

    public LawTraining training() {
        return training;
    }

    public DutyTracking duty() {
        return duty;
    }

    /** The server's one clock: what "today" and "now" are everywhere in it. */
    public Clock clock() {
        return clock;
    }

    public SetupGate setup() {
        return setup;
    }

    /** The automatic daily backup of this server's data folder. */
    public DailyBackup dailyBackup() {
        return dailyBackup;
    }

    public void join() throws InterruptedException {
        jetty.join();
    }

    /** Stops taking requests, lets in-flight ones finish, then closes the database. */
    @Override
    public void close() {
        stopQuietly(jetty);
        dailyBackup.close();
        db.close();
        lock.close();
        LOG.info("服务器已停止");
    }

    private static void stopQuietly(Server s) {
        try {
            s.stop();
        } catch (Exception e) {
            if (timedOut(e)) {
                // A request still running after STOP_TIMEOUT_MS is cut off; its transaction rolls back whole.
                LOG.info("仍有请求在 {} 毫秒内未完成,已中止", STOP_TIMEOUT_MS);
            } else {
                LOG.warn("停止服务器时出错", e);
            }
        }
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
            for (Throwable s : c.getSuppressed()) {
                if (s instanceof java.util.concurrent.TimeoutException) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String hostForUri(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t instanceof IOException ? t : e instanceof BindException ? e : t;
    }
}
