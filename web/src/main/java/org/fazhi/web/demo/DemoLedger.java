package org.fazhi.web.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.fazhi.duty.DutyTracking;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.training.LawTraining;

/**
 * The whole demo county (--demo): units and people, three years of 学法 and exams, court cases, duties,
 * 述法 and 整改, leading up to the server's today. Loaded before the server opens its port, so that nobody
 * sees a half-filled county (a dashboard that says "no court cases" for the first seconds).
 */
public final class DemoLedger {
    private DemoLedger() {
    }

    /** Fills an empty ledger and says what went in, in one Chinese line; leaves a ledger with units alone. */
    public static String loadIfEmpty(CoreServices core, LawTraining training, DutyTracking duty, Database db, Clock clock) {
        if (!core.orgs().visible(Actor.SYSTEM).isEmpty()) {
            return "数据目录中已有数据,未载入演示数据。";
        }
        LocalDate today = LocalDate.now(clock);
        DemoCounty.Result r = new DemoCounty(core).load();
        DemoTraining.Result t = new DemoTraining(core, training).load(today);
        DemoCourt.Result c = new DemoCourt(core, duty).load(today);
        DemoDuties.Result d = new DemoDuties(core, duty, db.jdbi()).load(today);
        return "已载入演示县:" + r.orgs() + " 个单位," + r.people() + " 名人员," + t.sessions() + " 次学法记录,"
                + t.batches() + " 批任前法律知识测试(" + t.results() + " 人次)," + c.cases() + " 件行政应诉案件(审级)、"
                + c.hearings() + " 次开庭," + d.items() + " 项第一责任人职责(" + d.evidence() + " 份佐证)、" + d.lawReports()
                + " 份述法记录、" + d.rectifications() + " 项整改";
    }
}
