package org.fazhi.web.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.fazhi.assessment.figures.FigureReading;
import org.fazhi.assessment.figures.RecordRef;
import org.fazhi.assessment.round.Answer;
import org.fazhi.assessment.round.AnswerEvidence;
import org.fazhi.assessment.round.UnitState;
import org.fazhi.assessment.system.EvidenceKind;

/** The unit's desk as the API sends it (docs/API.md, assessment). */
final class DeskJson {
    private DeskJson() {
    }

    /**
     * A leaf with the unit's answer: API.md's {code, selfScore, explanation, evidence, figure, suggestedScore,
     * reviewScore, reason, state, version}, and for the page the leaf itself (title, standard, points, veto,
     * evidenceKinds), the figure's metric, text, counts and ledger list link, returned/typical.
     * {@code state} is the unit's (OPEN, SUBMITTED, CONFIRMED), RETURNED for a leaf returned for 补充材料.
     */
    record AnswerJson(String code, String title, String standard, BigDecimal points, boolean veto,
                      List<String> evidenceKinds, BigDecimal selfScore, String explanation, List<EvidenceJson> evidence,
                      String metric, BigDecimal figure, String figureText, String figureCounts, String figureList,
                      BigDecimal suggestedScore, BigDecimal reviewScore, String reason, boolean returned,
                      String returnComment, boolean typical, String state, int version) {
        static AnswerJson of(Answer a, UnitState unit, FigureReading reading) {
            BigDecimal suggested = reading == null ? null
                    : reading.suggest(a.binding().rule(), a.points()).orElse(null);
            return new AnswerJson(a.code(), a.title(), a.standard(), a.points(), a.veto(),
                    a.evidenceKinds().stream().map(EvidenceKind::name).toList(), a.selfScore(), a.explanation(),
                    a.evidence().stream().map(EvidenceJson::of).toList(),
                    a.binding() == null ? null : a.binding().figure().name(),
                    reading == null || reading.notApplicable() ? null : reading.value().value(),
                    reading == null ? null : reading.text(), reading == null ? null : reading.counts(),
                    reading == null ? null : LedgerLinks.url(reading.list()), suggested, a.reviewScore(), a.reason(),
                    a.returned(), a.returnComment(), a.typical(), a.returned() ? "RETURNED" : unit.name(), a.version());
        }
    }

    /** A piece of evidence: a file's url is where its bytes are served; a RECORD carries its ref ("duty:5"). */
    record EvidenceJson(long id, String code, String kind, String kindLabel, String title, String url, String text,
                        String ref, String fileName, String contentType, Long size, String sha256, Instant createdAt,
                        String createdBy) {
        static EvidenceJson of(AnswerEvidence e) {
            String url = e.sha256() != null ? "/api/assessment-evidence/" + e.id() : e.url();
            return new EvidenceJson(e.id(), e.code(), e.kind().name(), e.kind().label(), e.title(), url, e.text(), e.ref(),
                    e.fileName(), e.contentType(), e.size(), e.sha256(), e.createdAt(), e.createdBy());
        }
    }

    /** A ledger record for the picker. */
    record RecordJson(String ref, String kind, String kindLabel, long id, String date, String title) {
        static RecordJson of(RecordRef r) {
            return new RecordJson(r.ref(), r.kind().name(), r.kind().label(), r.id(),
                    r.date() == null ? null : r.date().toString(), r.title());
        }
    }
}
