package org.fazhi.web.duties;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.fazhi.duty.duties.DutyDetail;
import org.fazhi.duty.duties.DutyItem;
import org.fazhi.duty.duties.DutyReview;

/**
 * A duty item as the API sends it: {id, personId, orgId, year, code, title, dueDate, status, note,
 * evidence:[…]} as docs/API.md names them, plus personName, orgName, frequency, legalBasis,
 * naReason, reviewState, the Chinese labels, recordedStatus (never OVERDUE), evidenceCount, version
 * and the review trail. Lists leave out evidence and reviews.
 */
public record DutyJson(long id, long personId, String personName, long orgId, String orgName, int year, String code,
                       String title, String frequency, String frequencyLabel, String legalBasis, String dueDate,
                       String status, String statusLabel, String recordedStatus, String naReason, String note,
                       String reviewState, String reviewStateLabel, int evidenceCount, int version,
                       @JsonInclude(JsonInclude.Include.NON_NULL) List<EvidenceJson> evidence,
                       @JsonInclude(JsonInclude.Include.NON_NULL) List<ReviewJson> reviews) {

    /** One step of the review trail. */
    public record ReviewJson(long id, String action, String actionLabel, String comment, String actor, Instant at) {
        static ReviewJson of(DutyReview r) {
            return new ReviewJson(r.id(), r.action().name(), r.action().label(), r.comment(), r.actor(), r.at());
        }
    }

    /** As lists show it: without evidence and reviews. */
    public static DutyJson of(DutyItem i) {
        return of(i, null, null);
    }

    public static DutyJson of(DutyDetail d) {
        return of(d.item(), d.evidence().stream().map(EvidenceJson::of).toList(),
                d.reviews().stream().map(ReviewJson::of).toList());
    }

    private static DutyJson of(DutyItem i, List<EvidenceJson> evidence, List<ReviewJson> reviews) {
        return new DutyJson(i.id(), i.personId(), i.personName(), i.orgId(), i.orgName(), i.year(), i.code(), i.title(),
                i.frequency().name(), i.frequency().label(), i.legalBasis(), i.dueDate().toString(), i.status().name(),
                i.status().label(), i.recordedStatus().name(), i.naReason(), i.note(), i.reviewState().name(),
                i.reviewState().label(), i.evidenceCount(), i.version(), evidence, reviews);
    }
}
