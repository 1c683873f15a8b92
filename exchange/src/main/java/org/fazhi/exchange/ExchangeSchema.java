package org.fazhi.exchange;

import java.util.List;
import org.fazhi.assessment.AssessmentSlice;
import org.fazhi.duty.DutyTrackingSlice;
import org.fazhi.reconsideration.ReconsiderationSlice;
import org.fazhi.report.ReportSlice;
import org.fazhi.storage.exchange.YearSlice;
import org.fazhi.storage.migrate.MigrationSet;
import org.fazhi.training.LawTrainingSlice;

/** The exchange module's tables (V1: the own key, trusted keys, received packages and their rows). */
public final class ExchangeSchema {
    public static final MigrationSet MIGRATIONS = MigrationSet.of("exchange", ExchangeSchema.class, "db/exchange",
            "V1__keys_packages.sql");

    /** The year slices a package carries, in the order they are written and taken in. */
    public static final List<YearSlice> SLICES = List.of(LawTrainingSlice.SLICE, DutyTrackingSlice.SLICE,
            AssessmentSlice.SLICE, ReconsiderationSlice.SLICE, ReportSlice.SLICE);

    private ExchangeSchema() {
    }
}
