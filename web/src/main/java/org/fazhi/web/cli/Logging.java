package org.fazhi.web.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Logging through SLF4J and logback. The server also writes {@code logs/fazhi.log} and one line per
 * request to {@code logs/access.log} in the data folder (UTF-8, rolled daily, 30 days kept), so an
 * office can send the logs when something went wrong.
 */
public final class Logging {
    private static final String ACCESS_LOGGER = "org.eclipse.jetty.server.RequestLog";

    private Logging() {
    }

    /** Routes java.util.logging (Jersey, HK2) into SLF4J. */
    public static void bridgeJul() {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    /** Command-line tools print their own results: only warnings from the libraries. */
    public static void quiet() {
        context().getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
    }

    public static void toFiles(Path dataDir) {
        LoggerContext ctx = context();
        Path logs = dataDir.resolve("logs");
        ch.qos.logback.classic.Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(rolling(ctx, logs, "fazhi", "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n"));
        ch.qos.logback.classic.Logger access = ctx.getLogger(ACCESS_LOGGER);
        access.setAdditive(false);
        access.setLevel(Level.INFO);
        access.addAppender(rolling(ctx, logs, "access", "%msg%n"));
    }

    private static RollingFileAppender<ILoggingEvent> rolling(LoggerContext ctx, Path dir, String name, String pattern) {
        PatternLayoutEncoder enc = new PatternLayoutEncoder();
        enc.setContext(ctx);
        enc.setCharset(StandardCharsets.UTF_8);
        enc.setPattern(pattern);
        enc.start();
        RollingFileAppender<ILoggingEvent> app = new RollingFileAppender<>();
        app.setContext(ctx);
        app.setName(name);
        app.setFile(dir.resolve(name + ".log").toString());
        app.setEncoder(enc);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(ctx);
        policy.setParent(app);
        policy.setFileNamePattern(dir.resolve(name + "-%d{yyyy-MM-dd}.%i.log").toString());
        policy.setMaxFileSize(FileSize.valueOf("20MB"));
        policy.setMaxHistory(30);
        policy.setTotalSizeCap(FileSize.valueOf("1GB"));
        policy.start();
        app.setRollingPolicy(policy);
        app.start();
        return app;
    }

    private static LoggerContext context() {
        return (LoggerContext) LoggerFactory.getILoggerFactory();
    }
}
