package org.fazhi.web.exchange;

import java.util.List;
import org.fazhi.exchange.Exchange;
import org.fazhi.exchange.Provenance;
import org.fazhi.web.pages.DashboardPage;
import org.fazhi.web.server.Ledgers;
import org.fazhi.web.server.WebModule;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The exchange module in the server (报送): its tables come with it (ExchangeSchema, listed in Modules); the
 * JSON under /api/package-key(s) and /api/packages ({@link PackageResource}) and the admin page /packages
 * ({@link PackagePages}) over one {@link Exchange}, and {@code receivedFrom} in the JSON of received records
 * ({@link ReceivedFromJson}). The command line ({@code package …}) uses the library too.
 */
public final class ExchangeWeb implements WebModule {
    @Override
    public void register(ResourceConfig rc, Ledgers ledgers) {
        Packages packages = new Packages(new Exchange(ledgers.db(), ledgers.core().audit(), ledgers.clock()), ledgers.core());
        rc.register(MultiPartFeature.class);
        rc.register(new PackageResource(packages));
        rc.register(new PackagePages(packages, ledgers.core(), ledgers.clock()));
        rc.register(new ReceivedFromJson(new Provenance(ledgers.db().jdbi(), ledgers.clock())));
    }

    /** The dashboard says which received units have not sent the year shown, or the year it compares with. */
    @Override
    public List<DashboardPage.Section> dashboard(Ledgers ledgers) {
        Provenance provenance = new Provenance(ledgers.db().jdbi(), ledgers.clock());
        return List.of((choice, page) -> page
                .put("unreported", Unreported.of(provenance, ledgers.core(), choice.actor(), choice.orgId(), choice.year()))
                .put("unreportedLast", choice.lastYear() == null ? null
                        : Unreported.of(provenance, ledgers.core(), choice.actor(), choice.orgId(), choice.lastYear())));
    }
}
