package org.fazhi.web.duties;

import java.time.Instant;
import java.time.ZoneId;
import org.fazhi.duty.duties.DutyStatus;
import org.fazhi.duty.duties.ReviewState;
import org.fazhi.web.pages.Display;
import org.fazhi.web.pages.Flash;

/** Small helpers the 第一责任人 pages share: years, query strings, badges, confirmations, dates. */
final class DutyViews {
    /** The confirmations a redirect may ask for (?msg=code); codes only, so no text can be injected. */
    static final Flash FLASH = Flash.of(
            "saved", "已保存。",
            "uploaded", "佐证材料已上传。",
            "linked", "链接已添加。",
            "noted", "情况说明已添加。",
            "deleted", "佐证材料已删除。",
            "submitted", "已提交审核,等待组织单位审核。",
            "approved", "已审核通过,该事项计为已完成。",
            "returned", "已退回,单位可补充材料后重新提交。",
            "published", "新版本职责清单已发布。");

    private DutyViews() {
    }

    static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    /** The badge class of a status (the shared .status styles): colour and words together. */
    static String statusCss(DutyStatus s) {
        return switch (s) {
            case DONE -> "st-met";
            case IN_PROGRESS -> "st-pace";
            case OVERDUE -> "st-failed";
            case NOT_APPLICABLE -> "st-na";
            case NOT_STARTED -> "st-new";
        };
    }

    static String reviewCss(ReviewState s) {
        return switch (s) {
            case DRAFT -> "st-new";
            case SUBMITTED -> "st-pace";
            case APPROVED -> "st-met";
            case RETURNED -> "st-behind";
        };
    }

    /** {@link Display#minute}, blank for none. */
    static String at(Instant instant, ZoneId zone) {
        return instant == null ? "" : Display.minute(instant, zone);
    }

    /** {@link Display#size}, blank for none (a link or a note). */
    static String size(Long bytes) {
        return bytes == null ? "" : Display.size(bytes);
    }

    /** The plan's confirmation with the number of items created (a number only, parsed from the URL). */
    static String planned(String created, int year) {
        int n;
        try {
            n = created == null ? -1 : Integer.parseInt(created);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 0) {
            return null;
        }
        return n == 0
                ? year + "年度计划已完整:0 新增(已有的职责事项不会重复生成)。"
                : "已生成" + year + "年度计划:新增职责事项 " + n + " 项。";
    }
}
