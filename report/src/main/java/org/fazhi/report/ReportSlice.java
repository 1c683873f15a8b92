package org.fazhi.report;

import static org.fazhi.storage.exchange.YearSlice.units;

import java.util.List;
import java.util.Map;
import org.fazhi.storage.exchange.SliceTable;
import org.fazhi.storage.exchange.YearSlice;

/** report's part of a 报送 package: the units' published annual reports of the year (drafts stay at home). */
public final class ReportSlice {
    public static final YearSlice SLICE = new YearSlice("report", null, List.of(
            SliceTable.of("annual_reports", units("org_id") + " AND year = :year AND status = 'PUBLISHED'",
                    Map.of("org_id", "orgs"))));

    private ReportSlice() {
    }
}
