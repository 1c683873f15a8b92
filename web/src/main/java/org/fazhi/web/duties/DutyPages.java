package org.fazhi.web.duties;

import org.fazhi.exchange.Provenance;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.duties.Duties;
import org.fazhi.storage.core.CoreServices;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Registers the pages of 第一责任人 duties: the progress board (/duties), the item list
 * (/duties/items), one item with its evidence and review (/duties/items/{id}) and the catalogue
 * (/duties/catalog). 述法 and 整改 have pages of their own (/duties/law-reports, /rectifications).
 */
public final class DutyPages {
    private DutyPages() {
    }

    /** @param provenance where received (报送) records came from, for the notice on their pages */
    public static void register(ResourceConfig rc, CoreServices core, DutyTracking duty, Provenance provenance) {
        Duties duties = duty.duties();
        ItemView item = new ItemView(duties, core.audit().zone(), provenance);
        rc.register(new DutyBoardPage(core, duties, provenance));
        rc.register(new DutyItemsPage(core, duties, provenance));
        rc.register(new DutyItemPage(duties, item));
        rc.register(new DutyEvidencePages(duties, item));
        rc.register(new DutyCatalogPage(duties.catalog(), () -> duties.items().today().getYear(), core.audit().zone()));
        // The evidence upload is a multipart form; registering the feature twice is harmless.
        rc.register(MultiPartFeature.class);
    }
}
