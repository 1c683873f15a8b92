package org.fazhi.reconsideration.cases;

/**
 * A list's filters, each optional: the respondent's subtree, the year the application was received, the
 * decision, the stage on today's date, only overdue cases, and text matched against 案号 and 申请人.
 */
public record CaseFilter(Long orgId, Integer year, Decision decision, ReconsiderationCase.Stage stage, boolean overdueOnly,
                         String text) {
    public CaseFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static CaseFilter of(Long orgId, Integer year) {
        return new CaseFilter(orgId, year, null, null, false, null);
    }
}
