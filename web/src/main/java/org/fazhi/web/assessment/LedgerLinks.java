package org.fazhi.web.assessment;

import org.fazhi.assessment.figures.LedgerList;

/** Where a figure's records are on the server: the ledger's list page filtered to the unit and year. */
final class LedgerLinks {
    private LedgerLinks() {
    }

    static String url(LedgerList list) {
        String path = switch (list.kind()) {
            case STUDY_SESSION -> "/study-sessions";
            case EXAM_BATCH -> "/tests";
            case DUTY_ITEM -> "/duties";
            case COURT_CASE -> "/court-cases";
            case LAW_REPORT -> "/duties/law-reports";
            case RECTIFICATION -> "/rectifications";
        };
        return path + "?orgId=" + list.orgId() + "&year=" + list.year();
    }
}
