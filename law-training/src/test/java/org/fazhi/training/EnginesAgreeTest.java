package org.fazhi.training;


import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.sheets.testing.TableText;
import org.fazhi.storage.testing.TempLedger;
import org.fazhi.training.demo.DemoTraining;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.study.SessionFilter;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;
import org.junit.jupiter.api.Test;

/**
 * The same ledger reads the same on the suite's engine as on SQLite: the demo's three years of
 * 学法 and tests, loaded into each, give the same lists (order included), statistics (rounding included),
 * compliance boards, suggestions and exports, character for character. On PostgreSQL this compares the
 * two engines; on SQLite it checks that the figures depend on nothing but the data.
 */
class EnginesAgreeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T04:00:00Z"), TempLedger.ZONE);
    private static final Actor ALL = Actor.SYSTEM;

    @Test
    void theDemoLedgerReadsTheSameAsOnSqlite() {
        TempLedger.onBothEngines(EnginesAgreeTest::figures, LawTrainingSchema.MIGRATIONS)
                .assertSame(5_000, "全年测试", "常务会议会前学法");
    }

    /** Everything a user reads of the demo training ledger, as one text. */
    private static String figures(TempLedger ledger) {
        smallCounty(ledger);
        LawTraining t = new LawTraining(ledger.database(), ledger.services().audit(), CLOCK);
        StringBuilder out = new StringBuilder();
        out.append(new DemoTraining(ledger.services(), t).load(TODAY)).append('\n');
        for (int year = TODAY.getYear() - 2; year <= TODAY.getYear(); year++) {
            out.append(t.exams().stats(ALL, year, null)).append('\n');
            out.append(t.compliance().yearTally(ALL, year, null)).append('\n');
            for (Map.Entry<StudyKind, long[]> e : t.compliance().heldByQuarter(ALL, year, null).entrySet()) {
                out.append(e.getKey()).append(Arrays.toString(e.getValue())).append('\n');
            }
            out.append(TableText.csv(t.sheets().tables().compliance(ALL, year, null)));
            out.append(TableText.csv(t.sheets().tables().awaiting(ALL, year, null)));
            out.append(TableText.csv(t.sheets().tables().batches(ALL, null, year, null)));
            out.append(t.exams().batchesSatBy(ALL, null, year, null, new Page(30, 0)).items().stream().map(ExamBatch::id)
                    .toList()).append('\n');
            out.append(t.sessions().list(ALL, new SessionFilter(null, year, null, "法"), new Page(30, 20)).items().stream()
                    .map(StudySession::id).toList()).append('\n');
        }
        for (ExamBatch b : t.exams().batches(ALL, null, null, null, new Page(100, 0)).items()) {
            out.append(t.exams().results(ALL, b.id()).stream().map(ExamResult::toString).toList()).append('\n');
        }
        out.append(TableText.csv(t.sheets().tables().sessions(ALL, SessionFilter.NONE)));
        out.append(t.rules().all()).append('\n');
        for (String q : List.of("行政", "法", "中华人民共和国", "条例")) {
            out.append(t.laws().search(q, 50)).append('\n');
        }
        out.append(t.laws().search(null, 50)).append('\n');
        return out.toString();
    }

    /** A county of a few units of every kind the demo knows, with leaders and staff: enough for every figure. */
    private static void smallCounty(TempLedger ledger) {
        Org county = ledger.org("清河县人民政府", OrgKind.COUNTY_GOV, null);
        Org justice = ledger.org("清河县司法局", OrgKind.DEPARTMENT, county);
        Org finance = ledger.org("清河县财政局", OrgKind.DEPARTMENT, county);
        Org education = ledger.org("清河县教育局", OrgKind.DEPARTMENT, county);
        Org town = ledger.org("城关镇人民政府", OrgKind.TOWNSHIP, county);
        Org village = ledger.org("河西乡人民政府", OrgKind.TOWNSHIP, county);
        Org notary = ledger.org("清河县公证处", OrgKind.UNIT, justice);
        String[] names = {"王", "李", "张", "刘", "陈", "杨", "赵"};
        int i = 0;
        for (Org o : List.of(county, justice, finance, education, town, village, notary)) {
            ledger.services().people().create(Actor.SYSTEM, Person.draft(o.id(), names[i++] + "正职", "负责人", LeaderCategory.PRINCIPAL));
            ledger.services().people().create(Actor.SYSTEM, Person.draft(o.id(), names[i % names.length] + "副职", "副职", LeaderCategory.DEPUTY));
            ledger.services().people().create(Actor.SYSTEM, Person.draft(o.id(), names[(i + 2) % names.length] + "科员", "科员", LeaderCategory.STAFF));
        }
    }
}
