package org.fazhi.web.accountability;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.duty.rectify.Rectification;
import org.fazhi.duty.rectify.RectificationFilter;
import org.fazhi.duty.rectify.RectificationStatus;
import org.fazhi.web.pages.Flash;
import org.fazhi.web.pages.Options;
import org.fazhi.web.api.Params;

/** Small helpers the 述法 and 整改 pages share: year choices, labels, the short confirmations. */
final class AccountabilityViews {
    /** The confirmations a redirect may ask for (?msg=code); codes only, so no text can be injected. */
    static final Flash FLASH = Flash.RECORDS.with(
            "start", "已开始整改。",
            "rectified", "已标记为整改完成,待销号。",
            "close", "已销号。",
            "reopen", "已退回重新整改。");

    private AccountabilityViews() {
    }

    /** 86.0 → "86", 86.5 → "86.5" (the exports' spelling). */
    static String score(Double d) {
        return Params.scoreText(d);
    }

    /** The badge class of a status (the shared .status styles): closed green, awaiting 销号 blue. */
    static String statusCss(RectificationStatus s) {
        return switch (s) {
            case CLOSED -> "st-met";
            case RECTIFIED -> "st-pace";
            case IN_PROGRESS -> "st-behind";
            case OPEN -> "";
        };
    }

    /** The status filter's choices: every status, and 已逾期. */
    static List<Options.Option> statusOptions(String selected) {
        List<Options.Option> out = new ArrayList<>(Options.of(RectificationStatus.class, selected));
        out.add(new Options.Option(RectificationFilter.OVERDUE,
                RectificationFilter.OVERDUE_LABEL,
                RectificationFilter.OVERDUE.equals(selected)));
        return out;
    }

    static String shortProblem(Rectification r) {
        return r.problem().length() > 60 ? r.problem().substring(0, 60) + "…" : r.problem();
    }
}
