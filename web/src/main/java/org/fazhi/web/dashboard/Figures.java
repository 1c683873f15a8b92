package org.fazhi.web.dashboard;

import java.math.BigDecimal;

/** How the dashboard prints its figures. */
final class Figures {
    private Figures() {
    }

    /** "66.5%", or "—" when there was nothing to divide by. */
    static String percent(BigDecimal v) {
        return v == null ? "—" : v.toPlainString() + "%";
    }
}
