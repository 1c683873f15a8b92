package org.fazhi.web.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.io.IOException;
import org.eclipse.jetty.io.EofException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * A browser that goes away while a page or a download is still being sent (the user clicked on, closed
 * the tab, or cancelled the download) is ordinary, not a server error. Jersey logs it as an ERROR with
 * sixty lines of stack trace; this filter turns it into one INFO line and drops the rest.
 */
public final class DroppedClientFilter extends TurboFilter {
    /** The Jersey logger that reports a failed write of a response body. */
    static final String RESPONDER = "org.glassfish.jersey.server.ServerRuntime$Responder";
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger("ClientDisconnect");

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (t == null || !RESPONDER.equals(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        Throwable dropped = droppedConnection(t);
        if (dropped == null) {
            return FilterReply.NEUTRAL;
        }
        LOG.info("浏览器在回应送完前断开了连接({}),已停止发送", dropped.getMessage());
        return FilterReply.DENY;
    }

    /** The EOF or reset in the cause chain that says the other side is gone, or null. */
    static Throwable droppedConnection(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof EofException) {
                return c;
            }
            if (c instanceof IOException && c.getMessage() != null
                    && (c.getMessage().contains("Broken pipe") || c.getMessage().contains("Connection reset"))) {
                return c;
            }
        }
        return null;
    }
}
