package org.fazhi.assessment;

import static org.fazhi.storage.exchange.YearSlice.units;

import java.util.List;
import java.util.Map;
import org.fazhi.storage.exchange.SliceTable;
import org.fazhi.storage.exchange.YearSlice;

/**
 * assessment's part of a 报送 package: the rounds of the year that a unit of the package opened (its 示范创建
 * assessment of the units below it), each with the indicator system version it pinned (indicators and all), the
 * units it assesses with where they stand, their answers with the review and their evidence files, links and notes.
 *
 * <p>At the receiver a system stands alone: it is its own lineage there (the versions it was copied from stay at
 * home). Evidence that names one of the unit's ledger records (kind 台账记录) stays at home too, as do the 整改
 * items opened from deductions (their link): the record ids are the sender's. A round the receiver opened over a
 * received unit is the receiver's own and does not travel.
 */
public final class AssessmentSlice {
    private static final String ROUNDS = units("org_id") + " AND year = :year";
    private static final String OF_ROUNDS = "round_id IN (SELECT id FROM assessment_rounds WHERE " + ROUNDS + ")";

    public static final YearSlice SLICE = new YearSlice("assessment", AssessmentSchema.FILES.folder(), List.of(
            SliceTable.of("assessment_systems", "id IN (SELECT system_id FROM assessment_rounds WHERE " + ROUNDS + ")",
                    Map.of("owner_org_id", "orgs")).leaving("based_on").ownIdIn("lineage_id"),
            SliceTable.of("assessment_indicators", "system_id IN (<rows:assessment_systems>)",
                    Map.of("system_id", "assessment_systems")).keyedBy("system_id", "code"),
            SliceTable.of("assessment_rounds", ROUNDS, Map.of("system_id", "assessment_systems", "org_id", "orgs")),
            SliceTable.of("assessment_round_units", OF_ROUNDS, Map.of("round_id", "assessment_rounds", "org_id", "orgs"))
                    .keyedBy("round_id", "org_id"),
            SliceTable.of("assessment_answers", OF_ROUNDS, Map.of("round_id", "assessment_rounds", "org_id", "orgs"))
                    .keyedBy("round_id", "org_id", "code"),
            SliceTable.of("assessment_evidence", OF_ROUNDS + " AND kind <> 'RECORD'",
                    Map.of("round_id", "assessment_rounds", "org_id", "orgs")).withFiles("sha256")));

    private AssessmentSlice() {
    }
}
