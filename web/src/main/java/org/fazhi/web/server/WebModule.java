package org.fazhi.web.server;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.web.pages.DashboardPage;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * What a domain module brings to the server, besides its tables and files ({@link ServerModule}): its
 * resources and pages, its dashboard sections and its part of the demo county. Each module has one
 * implementation, listed once in {@link Modules}.
 */
public interface WebModule {
    /** Registers the module's JSON resources and pages, by hand (no scanning). */
    void register(ResourceConfig rc, Ledgers ledgers);

    /** The module's sections of the dashboard, in the order they are shown. */
    default List<DashboardPage.Section> dashboard(Ledgers ledgers) {
        return List.of();
    }

    /**
     * Adds the module's records to the demo county (its units and people are already in), leading up to
     * {@code today}; says what went in, in Chinese, or nothing.
     */
    default List<String> demo(Ledgers ledgers, LocalDate today) {
        return List.of();
    }
}
