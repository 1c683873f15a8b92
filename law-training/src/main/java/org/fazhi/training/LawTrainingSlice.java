package org.fazhi.training;

import static org.fazhi.storage.exchange.YearSlice.units;

import java.util.List;
import java.util.Map;
import org.fazhi.storage.exchange.SliceTable;
import org.fazhi.storage.exchange.YearSlice;

/** law-training's part of a 报送 package: a year's study sessions (attendees, attachments) and test batches (results). */
public final class LawTrainingSlice {
    private static final String SESSIONS = units("org_id") + " AND substr(date, 1, 4) = :yearText";
    private static final String BATCHES = SESSIONS;

    public static final YearSlice SLICE = new YearSlice("law-training", LawTrainingSchema.FILES.folder(), List.of(
            SliceTable.of("study_sessions", SESSIONS, Map.of("org_id", "orgs")),
            SliceTable.of("study_attendees", "session_id IN (SELECT id FROM study_sessions WHERE " + SESSIONS + ")",
                    Map.of("session_id", "study_sessions", "person_id", "people")),
            SliceTable.of("study_attachments", "session_id IN (SELECT id FROM study_sessions WHERE " + SESSIONS + ")",
                    Map.of("session_id", "study_sessions")).withFiles("sha256"),
            SliceTable.of("test_batches", BATCHES, Map.of("org_id", "orgs")),
            SliceTable.of("test_results", "batch_id IN (SELECT id FROM test_batches WHERE " + BATCHES + ")",
                    Map.of("batch_id", "test_batches", "person_id", "people", "org_id", "orgs",
                            "retake_of", "test_results", "chain_root", "test_results"))
                    // A retake early in the year may retake a sitting of the year before, which this year's package
                    // does not carry: the year's figures do not need the link (a retake counts by its retake number).
                    .reachingBack("retake_of", "chain_root")));

    private LawTrainingSlice() {
    }
}
