package org.fazhi.exchange;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.Person;
import org.fazhi.storage.testing.TempLedger;
import org.fazhi.storage.testing.TestClock;
import org.junit.jupiter.api.Test;

/**
 * A package written from a ledger on the suite's engine holds the same entries, byte for byte, as one written
 * from the same records on SQLite (only the manifest differs: another instance, another key), and a package
 * taken in reads back the same on both.
 */
class EnginesAgreeTest {
    @Test
    void theSameYearGivesTheSameEntriesOnBothEngines() {
        TempLedger.onBothEngines(EnginesAgreeTest::entries, Instance.MODULES).assertSame(0, "学习行政复议法", "files/study/");
    }

    private static String entries(TempLedger ledger) {
        Instance county = new Instance(TestClock.on(2026, 1, 20), ledger);
        Org gov = county.org("清河县人民政府", OrgKind.COUNTY_GOV, null, RoundTripTest.COUNTY);
        Org justice = county.org("清河县司法局", OrgKind.DEPARTMENT, gov, RoundTripTest.JUSTICE);
        Person head = county.person(justice, "张局长", "局长");
        county.session(justice, "2025-03-15", "学习行政复议法", head, Instance.PNG);
        county.courtCase(justice, List.of("2025-04-01"), List.of("2025-05-01"));
        try {
            StringBuilder b = new StringBuilder();
            for (Map.Entry<String, byte[]> e : RefusalTest.entries(county.export(gov, 2025)).entrySet()) {
                if (!e.getKey().startsWith("manifest.")) {
                    b.append("== ").append(e.getKey()).append('\n');
                    b.append(e.getKey().startsWith("files/") ? e.getValue().length + " bytes" : new String(e.getValue(), StandardCharsets.UTF_8)
                            .replaceAll("\"case_no\" : \"[^\"]*\"", "\"case_no\" : …")).append('\n');
                }
            }
            return b.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
