package org.fazhi.web.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.fazhi.storage.migrate.MigrationSet;
import org.fazhi.storage.testing.TempLedger;
import org.fazhi.web.auth.SetupGate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.model.ModelValidationException;
import org.junit.jupiter.api.Test;

/**
 * The server starts without Jersey's check of its resource model (WebApp: it cost every start 160 ms here), so the
 * check runs here, over the same application with every resource read at start, and a mistake it would have found
 * at start fails the build. Stricter than at start: a warning of the check fails too.
 */
class ResourceModelTest {

    @Test
    void theServersApplicationPassesJerseysModelCheckWithoutAWarning() {
        try (TempLedger ledger = TempLedger.onSqlite(Modules.MIGRATIONS.toArray(MigrationSet[]::new))) {
            Ledgers ledgers = Ledgers.open(ledger.database(), Clock.system(TempLedger.ZONE));
            ResourceConfig app = WebApp.buildReadingEveryResource(ledgers, new SetupGate(ledgers.core()));
            assertEquals(Boolean.TRUE, app.getProperties().get(ServerProperties.RESOURCE_VALIDATION_DISABLE),
                    "the server starts without the check, which is why this test exists");
            assertEquals(List.of(), checkedWarnings(app));
        }
    }

    @Test
    void theCheckRefusesTwoMethodsOnOnePath() {
        ResourceConfig twins = new ResourceConfig().register(new Twins());
        assertThrows(ModelValidationException.class, () -> checkedWarnings(twins));
    }

    @Test
    void theCheckWarnsOfAGetThatTakesABody() {
        ResourceConfig app = new ResourceConfig().register(new GetWithBody());
        List<String> warnings = checkedWarnings(app);
        assertEquals(1, warnings.size(), () -> "warnings: " + warnings);
        assertTrue(warnings.get(0).contains("GetWithBody"), warnings.get(0));
    }

    /**
     * Builds {@code app} as Jersey would with its model check on; throws what the check finds fatal and returns the
     * warnings it logs.
     */
    private static List<String> checkedWarnings(ResourceConfig app) {
        List<String> warnings = new ArrayList<>();
        Logger jersey = Logger.getLogger("org.glassfish.jersey");
        Handler collect = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue() && r.getLoggerName().contains("Errors")) {
                    warnings.add(r.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jersey.addHandler(collect);
        try {
            new ApplicationHandler(new ResourceConfig(app).property(ServerProperties.RESOURCE_VALIDATION_DISABLE, false));
        } finally {
            jersey.removeHandler(collect);
        }
        return warnings;
    }

    /** A GET that reads a request body: allowed, but Jersey's check warns of it. */
    @Path("/body")
    public static final class GetWithBody {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String read(String body) {
            return body;
        }
    }

    /** Two GET methods that answer one path with one media type: the mistake the check exists for. */
    @Path("/twins")
    public static final class Twins {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String one() {
            return "1";
        }

        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String two() {
            return "2";
        }
    }
}
