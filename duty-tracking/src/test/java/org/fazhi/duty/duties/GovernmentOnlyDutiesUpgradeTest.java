package org.fazhi.duty.duties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.duty.DutyTracking;
import org.fazhi.duty.DutyTrackingSchema;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.DataFolder;
import org.fazhi.storage.Database;
import org.fazhi.storage.Engine;
import org.fazhi.storage.PostgresTarget;
import org.fazhi.storage.core.CoreSchema;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.migrate.MigrationSet;
import org.fazhi.storage.testing.TempLedger;
import org.fazhi.storage.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ledger planned before V7, when the 2016 catalogue bound 主持政府常务会议 to every unit's head: the
 * upgrade binds those duties to governments, drops what a 司法局's head was wrongly given and nobody
 * touched, and keeps what someone already worked on. On the suite's engine: V7 is one script for both.
 */
class GovernmentOnlyDutiesUpgradeTest {
    private static final Actor ADMIN = DutyDesk.ADMIN;

    @TempDir
    Path tmp;

    /** On PostgreSQL, the schema both openings use. */
    private PostgresTarget schema;

    @AfterEach
    void dropSchema() {
        if (schema != null) {
            TestEngine.dropSchema(schema);
        }
    }

    private Database open(DataFolder folder, MigrationSet duty) {
        if (TestEngine.current() == Engine.SQLITE) {
            return Database.openWith(folder, List.of(CoreSchema.MIGRATIONS, duty));
        }
        if (schema == null) {
            schema = TestEngine.newSchema();
        }
        return Database.open(schema, folder, List.of(duty));
    }

    @Test
    void theUpgradeDropsUntouchedGovernmentDutiesOfOtherUnitsAndKeepsWorkedOnes() {
        DataFolder folder = DataFolder.open(tmp.resolve("台账"));
        long countyHead;
        long justiceHead;
        long townHead;
        try (Database v6 = open(folder, DutyTrackingSchema.MIGRATIONS.upTo(6))) {
            CoreServices core = new CoreServices(v6, TempLedger.ZONE);
            Org county = core.orgs().create(Actor.SYSTEM, Org.draft("清河县人民政府", OrgKind.COUNTY_GOV, null));
            Org justice = core.orgs().create(Actor.SYSTEM, Org.draft("县司法局", OrgKind.DEPARTMENT, county.id()));
            Org town = core.orgs().create(Actor.SYSTEM, Org.draft("城关镇人民政府", OrgKind.TOWNSHIP, county.id()));
            countyHead = head(core, county, "王县长");
            justiceHead = head(core, justice, "张局长");
            townHead = head(core, town, "周镇长");
            Duties duties = new DutyTracking(v6, core.audit()).duties();
            assertEquals(3 * 7, duties.plans().plan(ADMIN, 2024, null), "before V7 every head got all seven");
            long studied = item(duties, townHead, "PRE_MEETING_STUDY").id();
            duties.evidence().addNote(ADMIN, studied, "学法记录", "镇党委会会前学法", LocalDate.of(2024, 5, 20));
        }

        try (Database upgraded = open(folder, DutyTrackingSchema.MIGRATIONS)) {
            Duties duties = new DutyTracking(upgraded, new CoreServices(upgraded, TempLedger.ZONE).audit()).duties();
            assertEquals(DutyDesk.CODES, codes(duties, countyHead), "a government's head keeps all seven");
            assertEquals(DutyDesk.OTHER_CODES, codes(duties, justiceHead), "untouched, they are gone");
            assertEquals(List.of("WORK_PLAN", "PRE_MEETING_STUDY", "MAJOR_DECISIONS", "COURT_APPEARANCE",
                    "YEAR_END_REPORT", "ANNUAL_REPORT"), codes(duties, townHead), "one with evidence on it stays");
            assertEquals(0, duties.plans().plan(ADMIN, 2024, null), "planning again adds nothing back");
        }
    }

    private static long head(CoreServices core, Org org, String name) {
        return core.people().create(Actor.SYSTEM, Person.draft(org.id(), name, "负责人", LeaderCategory.PRINCIPAL)).id();
    }

    private static List<DutyItem> items(Duties duties, long personId) {
        return duties.items().list(ADMIN, new DutyFilter(null, 2024, personId, null, null, null, null), Page.FIRST).items();
    }

    private static DutyItem item(Duties duties, long personId, String code) {
        return items(duties, personId).stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<String> codes(Duties duties, long personId) {
        return items(duties, personId).stream().map(DutyItem::code).toList();
    }
}
