package org.fazhi.assessment.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.fazhi.assessment.Assessing;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.core.Scope;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A unit whose data arrives in 报送 packages (core's {@code received_units}, as the exchange module marks it) is
 * read-only here: its answers, their evidence and their review, and the indicator systems it keeps, are refused
 * with {@link Scope#RECEIVED}.
 */
class ReceivedUnitTest {
    @AutoClose
    private final Assessing a = new Assessing();
    private final AnswerService answers = a.assessment.answers();
    private final ReviewService review = a.assessment.review();
    private final Round round = a.smallRound();
    private final Actor town = Assessing.organiser(a.town);
    private final long unit = a.town.id();

    static void refused(Executable change) {
        assertEquals(Scope.RECEIVED, assertThrows(AccessDeniedException.class, change).getMessage());
    }

    @Test
    void aReceivedUnitsAnswersEvidenceAndReviewAreReadOnly() {
        for (String code : List.of("1.1", "1.2", "2.1", "2.2")) {
            answers.save(town, round.id(), unit, code, new BigDecimal("4"), "已落实", null);
        }
        AnswerEvidence note = a.assessment.evidence().addNote(town, round.id(), unit, "1.1", "说明", "已落实");
        answers.submit(town, round.id(), unit, null);
        org.fazhi.assessment.system.IndicatorSystem kept = a.assessment.systems().create(town, "本镇体系", 2026, unit,
                Assessing.small());
        a.ledger.database().jdbi().useHandle(h -> h.createUpdate("INSERT INTO received_units (org_id, received_at) "
                + "VALUES (:id, '2026-03-02T00:00:00Z')").bind("id", unit).execute());
        long audited = audited();

        Actor admin = Assessing.ADMIN;
        refused(() -> answers.save(admin, round.id(), unit, "1.1", new BigDecimal("5"), "改", null));
        refused(() -> answers.submit(admin, round.id(), unit, null));
        refused(() -> a.assessment.evidence().addLink(admin, round.id(), unit, "2.1", "公示", "https://example.org/gs"));
        refused(() -> a.assessment.evidence().addNote(admin, round.id(), unit, "1.1", "说明", "补充"));
        refused(() -> a.assessment.evidence().delete(admin, note.id()));
        refused(() -> review.review(admin, round.id(), unit, "1.1", new BigDecimal("3"), "材料不全", null));
        refused(() -> review.returnLeaves(admin, round.id(), unit, List.of("1.1"), "请补充"));
        refused(() -> review.confirm(admin, round.id(), unit, null));
        refused(() -> review.markTypical(admin, round.id(), unit, "1.1", true));
        assertEquals(audited, audited(), "nothing written");
        assertEquals(new BigDecimal("4.0"), answers.answer(admin, round.id(), unit, "1.1").selfScore(), "still read");

        // An indicator system kept by the received unit: neither made, nor loaded as the sample, nor changed.
        refused(() -> a.assessment.systems().create(admin, "财政局体系", 2026, unit, Assessing.small()));
        refused(() -> a.assessment.systems().loadSample(admin, unit));
        refused(() -> a.assessment.systems().loadSample(town, null));
        refused(() -> a.assessment.systems().update(admin, kept.id(), "改名", 2026, Assessing.small(), null));
        assertEquals(audited, audited(), "nothing written");

        // Another unit of the round stays writable.
        answers.save(Assessing.organiser(a.finance), round.id(), a.finance.id(), "1.1", new BigDecimal("5"), "已落实", null);
    }

    private long audited() {
        return a.ledger.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM audit_log").mapTo(Long.class).one());
    }
}
