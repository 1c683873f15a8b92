package org.fazhi.web.duties;

import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.duties.Duties;
import org.fazhi.duty.sheets.DutyTables;
import org.fazhi.storage.core.CoreServices;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Registers the JSON API of 第一责任人 duties: the catalogue, plans, items with evidence and review,
 * progress, and their exports. Evidence uploads may send up to
 * {@link org.fazhi.web.errors.BodyLimitFilter#EVIDENCE_LIMIT} (the filter's rule for their path).
 */
public final class DutyApi {
    private DutyApi() {
    }

    public static void register(ResourceConfig rc, CoreServices core, DutyTracking duty) {
        Duties duties = duty.duties();
        rc.register(new DutyCatalogResource.Current(duties.catalog()));
        rc.register(new DutyCatalogResource.Versions(duties.catalog()));
        rc.register(new DutyPlanResource(duties.plans()));
        rc.register(new DutyResource(duties));
        rc.register(new DutyEvidenceResource(duties.evidence()));
        rc.register(new EvidenceResource(duties.evidence()));
        rc.register(new DutyProgressResource.People(duties));
        rc.register(new DutyProgressResource.Units(duties));
        DutyTables tables = duty.sheets().duties();
        rc.register(new DutyExports.Items(tables));
        rc.register(new DutyExports.Progress(duties, tables));
        // Registering a feature twice is harmless: Jersey keeps one.
        rc.register(MultiPartFeature.class);
    }
}
