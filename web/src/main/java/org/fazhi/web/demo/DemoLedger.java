package org.fazhi.web.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.demo.DemoCounty;
import org.fazhi.web.server.Ledgers;
import org.fazhi.web.server.Modules;

/**
 * The whole demo county (--demo): units and people, three years of 学法 and exams, court cases, duties,
 * 述法 and 整改, leading up to the server's today. Loaded before the server opens its port, so that nobody
 * sees a half-filled county (a dashboard that says "no court cases" for the first seconds).
 */
public final class DemoLedger {
    private DemoLedger() {
    }

    /**
     * Fills an empty ledger and says what went in, in one Chinese line; leaves a ledger with units alone. One
     * transaction (the services' calls join it: Jdbi hands the thread's open handle to nested calls): the county goes
     * in whole or not at all, and with one commit instead of some ten thousand, each of which SQLite syncs to disk.
     */
    public static String loadIfEmpty(Ledgers ledgers) {
        return ledgers.db().jdbi().inTransaction(h -> load(ledgers));
    }

    private static String load(Ledgers ledgers) {
        if (!ledgers.core().orgs().visible(Actor.SYSTEM).isEmpty()) {
            return "数据目录中已有数据,未载入演示数据。";
        }
        LocalDate today = LocalDate.now(ledgers.clock());
        DemoCounty.Result county = new DemoCounty(ledgers.core()).load();
        List<String> parts = new ArrayList<>();
        parts.add(county.orgs() + " 个单位," + county.people() + " 名人员");
        Modules.ALL.forEach(m -> parts.addAll(m.web().demo(ledgers, today)));
        return "已载入演示县:" + String.join(",", parts);
    }
}
