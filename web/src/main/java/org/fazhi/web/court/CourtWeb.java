package org.fazhi.web.court;

import org.fazhi.exchange.Provenance;
import java.time.Clock;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.sheets.CourtImporter;
import org.fazhi.duty.sheets.CourtTables;
import org.fazhi.reconsideration.cases.CaseService;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.imports.ImportRejectedMapper;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Registers the web layer of 行政机关负责人出庭应诉: the JSON API (/api/court-cases, hearings, rates,
 * settings), spreadsheet import and export, and the pages under /court-cases. Imports may send up to
 * {@link org.fazhi.web.errors.BodyLimitFilter#IMPORT_LIMIT} (the filter's rule for every …/import path).
 */
public final class CourtWeb {
    private CourtWeb() {
    }

    /** @param clock the server's: the year and month asked for when none is given, dates of forms and files */
    /** @param reconsiderations the 行政复议 cases, linked from the lawsuits that followed them */
    /** @param provenance where received (报送) cases came from, for the notice on their pages */
    public static void register(ResourceConfig rc, CoreServices core, DutyTracking duty, Clock clock,
                                CaseService reconsiderations, Provenance provenance) {
        rc.register(new CourtCaseResource(core, duty.courtCases()));
        rc.register(new CaseHearingResource(duty.courtCases()));
        rc.register(new HearingResource(duty.courtCases()));
        rc.register(new AppearanceResource(duty.appearance(), clock));
        rc.register(new CourtSettingsResource(duty.appearance()));

        // Registering a feature or provider twice is harmless: Jersey keeps one.
        rc.register(MultiPartFeature.class);
        rc.register(new ImportRejectedMapper());
        CourtTables tables = duty.sheets().court();
        CourtImporter importer = duty.sheets().courtImporter();
        rc.register(new CourtTransfer.Import(importer));
        rc.register(new CourtTransfer.Export(tables));
        rc.register(new CourtTransfer.Template(tables));
        rc.register(new CourtTransfer.RankingExport(tables, clock));

        CaseDetail detail = new CaseDetail(core, duty.courtCases(), clock, reconsiderations, provenance);
        rc.register(new CourtCasePages(core, duty, detail, clock, provenance));
        rc.register(new HearingPages(duty.courtCases(), detail));
        rc.register(new RankingPage(core, duty.appearance(), clock));
        BulletinPage bulletin = new BulletinPage(core, duty.appearance(), clock);
        rc.register(bulletin);
        rc.register(new BulletinPage.Docx(bulletin));
        rc.register(new CourtImportPage(importer));
    }
}
