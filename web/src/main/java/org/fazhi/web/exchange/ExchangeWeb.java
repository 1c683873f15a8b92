package org.fazhi.web.exchange;

import org.fazhi.web.server.Ledgers;
import org.fazhi.web.server.WebModule;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The exchange module in the server: its tables come with it (ExchangeSchema, listed in Modules). Its pages and
 * JSON (POST /api/packages, the 报送 status page) are still to come; the command line ({@code package …}) uses
 * the library today.
 */
public final class ExchangeWeb implements WebModule {
    @Override
    public void register(ResourceConfig rc, Ledgers ledgers) {
        // No routes yet.
    }
}
