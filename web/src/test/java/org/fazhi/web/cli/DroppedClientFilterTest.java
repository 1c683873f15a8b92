package org.fazhi.web.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.util.List;
import org.eclipse.jetty.io.EofException;
import org.glassfish.jersey.server.internal.process.MappableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Through the real logback.xml: a dropped browser is one INFO line; any other write error keeps its ERROR. */
class DroppedClientFilterTest {
    private final ListAppender<ILoggingEvent> seen = new ListAppender<>();
    private Logger root;
    private Logger disconnect;
    private Level disconnectLevel;

    @BeforeEach
    void listen() {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        // Other tests in this JVM run CLI commands, which quiet the root logger to WARN; the one line is INFO.
        disconnect = ctx.getLogger("ClientDisconnect");
        disconnectLevel = disconnect.getLevel();
        disconnect.setLevel(Level.INFO);
        seen.start();
        root.addAppender(seen);
    }

    @AfterEach
    void stop() {
        root.detachAppender(seen);
        disconnect.setLevel(disconnectLevel);
    }

    @Test
    void aBrokenPipeWhileSendingIsOneInfoLine() {
        org.slf4j.Logger responder = LoggerFactory.getLogger(DroppedClientFilter.RESPONDER);
        responder.error("An I/O error has occurred while writing a response message entity to the container output stream.",
                new MappableException(new EofException(new IOException("Broken pipe"))));
        responder.error("An I/O error has occurred while writing a response message entity to the container output stream.",
                new MappableException(new IOException("Connection reset by peer")));

        List<ILoggingEvent> events = seen.list;
        assertEquals(2, events.size(), events.toString());
        for (ILoggingEvent e : events) {
            assertEquals(Level.INFO, e.getLevel());
            assertEquals("ClientDisconnect", e.getLoggerName());
            assertEquals(null, e.getThrowableProxy(), "no stack trace");
            assertTrue(e.getFormattedMessage().startsWith("浏览器在回应送完前断开了连接"), e.getFormattedMessage());
        }
    }

    @Test
    void otherWriteErrorsStayErrors() {
        LoggerFactory.getLogger(DroppedClientFilter.RESPONDER).error("An I/O error has occurred",
                new MappableException(new IOException("No space left on device")));
        assertEquals(1, seen.list.size());
        assertEquals(Level.ERROR, seen.list.get(0).getLevel());
        assertEquals(DroppedClientFilter.RESPONDER, seen.list.get(0).getLoggerName());
    }
}
