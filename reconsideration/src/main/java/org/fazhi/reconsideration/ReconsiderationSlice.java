package org.fazhi.reconsideration;

import static org.fazhi.storage.exchange.YearSlice.units;

import java.util.List;
import java.util.Map;
import org.fazhi.storage.exchange.SliceTable;
import org.fazhi.storage.exchange.YearSlice;

/**
 * The 行政复议 ledger's part of a 报送 package: the cases of the units that were open at some time in the year —
 * received in or before it and not decided before it. A case thus travels in every year it was open, so the
 * receiver counts both the year's applications (received in it) and its concluded cases (decided in it, whenever
 * received), and a later year's package replaces a case the receiver still holds as pending from an earlier one
 * (its 案号 is unique). The lawsuit link is left behind: the court case it names may lie outside the package.
 */
public final class ReconsiderationSlice {
    private static final String OPEN_IN_YEAR = units("respondent_org_id") + " AND substr(received_on, 1, 4) <= :yearText"
            + " AND (decided_on IS NULL OR substr(decided_on, 1, 4) >= :yearText)";

    public static final YearSlice SLICE = new YearSlice("reconsideration", null, List.of(
            SliceTable.of("reconsiderations", OPEN_IN_YEAR, Map.of("respondent_org_id", "orgs")).leaving("court_case_id")));

    private ReconsiderationSlice() {
    }
}
