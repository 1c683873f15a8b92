package org.fazhi.duty.rectify;

import org.fazhi.model.Coded;

/**
 * Where a 整改 item stands: found, being rectified, rectified and waiting for the organiser's 销号,
 * closed. "Overdue" is not a status: an item not CLOSED past its deadline is overdue whatever its status.
 */
public enum RectificationStatus implements Coded {
    OPEN("待整改"),
    IN_PROGRESS("整改中"),
    RECTIFIED("已整改待销号"),
    CLOSED("已销号");

    private final String label;

    RectificationStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static RectificationStatus parse(String value) {
        return Coded.parse(RectificationStatus.class, value, "status", "整改状态");
    }
}
