package org.fazhi.duty;

import static org.fazhi.storage.exchange.YearSlice.units;

import java.util.List;
import java.util.Map;
import org.fazhi.storage.exchange.SliceTable;
import org.fazhi.storage.exchange.YearSlice;

/**
 * duty-tracking's part of a 报送 package: the year's court cases (those open in the year, see {@code CASES}, each
 * with all its hearings), duty items with evidence and reviews, 述法 and 整改 with
 * steps. A duty item's catalogue entry is shared reference data (the built-in catalogue) and keeps its id.
 */
public final class DutyTrackingSlice {
    /**
     * A case open at some time in the year: filed in or before it (or with no date of filing), and filed in it,
     * still pending (未结), or heard in it or later. A case filed in one year and heard in the next thus travels
     * in both years' packages, and the later one replaces the receiver's copy (whose 案号 is unique there).
     */
    private static final String CASES = units("defendant_org_id") + " AND substr(coalesce(filed_on, ''), 1, 4) <= :yearText"
            + " AND (substr(coalesce(filed_on, ''), 1, 4) = :yearText OR outcome = 'PENDING'"
            + " OR id IN (SELECT case_id FROM court_hearings WHERE substr(date, 1, 4) >= :yearText))";
    private static final String ITEMS = units("org_id") + " AND year = :year";
    private static final String RECTIFICATIONS = units("org_id") + " AND substr(found_on, 1, 4) = :yearText";

    public static final YearSlice SLICE = new YearSlice("duty-tracking", DutyTrackingSchema.FILES.folder(), List.of(
            SliceTable.of("court_cases", CASES, Map.of("defendant_org_id", "orgs")),
            SliceTable.of("court_hearings", "case_id IN (SELECT id FROM court_cases WHERE " + CASES + ")",
                    Map.of("case_id", "court_cases")),
            SliceTable.of("duty_items", ITEMS, Map.of("person_id", "people", "org_id", "orgs")),
            SliceTable.of("duty_evidence", "item_id IN (SELECT id FROM duty_items WHERE " + ITEMS + ")",
                    Map.of("item_id", "duty_items")).withFiles("sha256"),
            SliceTable.of("duty_reviews", "item_id IN (SELECT id FROM duty_items WHERE " + ITEMS + ")",
                    Map.of("item_id", "duty_items")),
            SliceTable.of("law_reports", units("org_id") + " AND year = :year", Map.of("person_id", "people", "org_id", "orgs")),
            SliceTable.of("rectifications", RECTIFICATIONS, Map.of("org_id", "orgs")),
            SliceTable.of("rectification_steps", "rectification_id IN (SELECT id FROM rectifications WHERE " + RECTIFICATIONS + ")",
                    Map.of("rectification_id", "rectifications"))));

    private DutyTrackingSlice() {
    }
}
