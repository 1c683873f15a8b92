package org.fazhi.web.server;

import org.fazhi.exchange.Provenance;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.api.AuditResource;
import org.fazhi.web.api.HealthResource;
import org.fazhi.web.api.LoginResource;
import org.fazhi.web.api.OrgResource;
import org.fazhi.web.api.PersonResource;
import org.fazhi.web.api.UserResource;
import org.fazhi.web.auth.AuthFilter;
import org.fazhi.web.backup.BackupWeb;
import org.fazhi.web.auth.Authenticator;
import org.fazhi.web.auth.CsrfFilter;
import org.fazhi.web.auth.FormOnce;
import org.fazhi.web.auth.SetupGate;
import org.fazhi.web.errors.BodyLimitFilter;
import org.fazhi.web.errors.RefusedBodyDrain;
import org.fazhi.web.export.CoreTables;
import org.fazhi.web.errors.ProblemMapper;
import org.fazhi.web.json.JsonMapper;
import org.fazhi.web.pages.AccountPages;
import org.fazhi.web.pages.AuditPages;
import org.fazhi.web.pages.DashboardPage;
import org.fazhi.web.pages.ErrorPage;
import org.fazhi.web.pages.LoginPages;
import org.fazhi.web.pages.OrgPages;
import org.fazhi.web.pages.PeoplePages;
import org.fazhi.web.pages.StaticResource;
import org.fazhi.web.pages.Templates;
import org.fazhi.web.pages.UserPages;
import org.fazhi.web.pages.ViewWriter;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** Wires every resource, filter and provider by hand, Dropwizard style: no scanning, no container magic. */
public final class WebApp {
    private WebApp() {
    }

    /**
     * @param ledgers the core and every module's services, on the server's one clock, which every page and
     *                resource that reads "today", "this year" or "now" is given (the login throttle's pauses too)
     */
    public static ResourceConfig build(Ledgers ledgers, SetupGate setup) {
        MountedResources rc = new MountedResources();
        configure(rc, ledgers, setup);
        return rc.mount();
    }

    /** The same application with every resource's model read at start: what ResourceModelTest checks whole. */
    static ResourceConfig buildReadingEveryResource(Ledgers ledgers, SetupGate setup) {
        ResourceConfig rc = new ResourceConfig();
        configure(rc, ledgers, setup);
        return rc;
    }

    private static void configure(ResourceConfig rc, Ledgers ledgers, SetupGate setup) {
        Database db = ledgers.db();
        CoreServices core = ledgers.core();
        Clock clock = ledgers.clock();
        Authenticator auth = new Authenticator(core, core.loginThrottle());
        Templates templates = new Templates();
        rc.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        // Everything the application uses is registered below by hand; looking for more on the class
        // path (auto-discovered features, META-INF/services, bean validation) only slows every start.
        rc.property(ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        rc.property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
        rc.property(ServerProperties.BV_FEATURE_DISABLE, true);
        // Jersey's check of the resource model (two methods on one path and media type, a bad parameter) finds
        // mistakes of this code, not of the data, and cost 160 ms of every start here (BENCHMARKS.md):
        // ResourceModelTest runs it over this very application at build time, and fails the build instead.
        rc.property(ServerProperties.RESOURCE_VALIDATION_DISABLE, true);
        rc.property(ServerProperties.LOCATION_HEADER_RELATIVE_URI_RESOLUTION_DISABLED, true);
        rc.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        // Our own mappers answer JSON errors in Chinese with {error, message, field}.
        rc.register(JacksonFeature.withoutExceptionMappers());
        rc.register(new JsonMapper());
        rc.register(new ProblemMapper(new ErrorPage()));
        rc.register(new BodyLimitFilter(BodyLimitFilter.DEFAULT_LIMIT));
        rc.register(new RefusedBodyDrain());
        rc.register(new AuthFilter(core));
        rc.register(new CsrfFilter());
        rc.register(new FormOnce());
        rc.register(new SecurityHeaders());
        rc.register(new ViewWriter(templates));

        rc.register(new HealthResource(db));
        rc.register(new LoginResource(auth));
        CoreTables tables = new CoreTables(core, clock);
        rc.register(new OrgResource(core.orgs(), tables));
        rc.register(new PersonResource(core.people(), tables));
        rc.register(new UserResource(core.users()));
        rc.register(new AuditResource(core.audit()));

        rc.register(new StaticResource());
        rc.register(new LoginPages(auth, setup, core));
        List<DashboardPage.Section> sections = new ArrayList<>();
        Modules.ALL.forEach(m -> sections.addAll(m.web().dashboard(ledgers)));
        rc.register(new DashboardPage(core, sections, clock));
        Provenance provenance = new Provenance(ledgers.db().jdbi(), clock);
        rc.register(new OrgPages(core, provenance));
        rc.register(new PeoplePages(core, provenance));
        rc.register(new UserPages(core));
        rc.register(new AccountPages(auth));
        rc.register(new AuditPages(core.audit()));

        BackupWeb.register(rc, core, db, clock);
        Modules.ALL.forEach(m -> m.web().register(rc, ledgers));
    }
}
