package org.fazhi.web.accountability;

import java.util.Locale;
import org.fazhi.duty.rectify.Rectification;
import org.fazhi.duty.rectify.RectificationService;
import org.fazhi.model.account.Actor;

/** The steps of a 整改 item after it is recorded, as the API and the item's page take them (POST …/{id}/start…). */
enum RectificationStep {
    START, RECTIFIED, CLOSE, REOPEN;

    /** The step's path segment, which is also its confirmation's ?msg= code. */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param measures the measures taken (整改完成 only)
     * @param note     the comment; for 销号 the closing note, for 退回 the reason
     */
    Rectification take(RectificationService items, Actor actor, long id, Integer version, String measures, String note) {
        return switch (this) {
            case START -> items.start(actor, id, version, note);
            case RECTIFIED -> items.markRectified(actor, id, version, measures, note);
            case CLOSE -> items.close(actor, id, version, note);
            case REOPEN -> items.reopen(actor, id, version, note);
        };
    }
}
