package org.fazhi.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.fazhi.model.Page;
import org.fazhi.model.ReadmeExample;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.storage.core.AuditEntry;
import org.fazhi.storage.core.AuditFilter;
import org.fazhi.storage.core.CoreServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of README.md, compiled and run on a real SQLite file; {@link ReadmeExample} keeps the two identical. */
class ReadmeExampleTest {
    @TempDir
    Path dir;

    @Test
    void theReadmeExampleRuns() {
        // example:start
        try (Database db = Database.open(DataFolder.open(dir), List.of())) {   // the core tables only
            CoreServices core = new CoreServices(db, ZoneId.of("Asia/Shanghai"));
            Org county = core.orgs().create(Actor.SYSTEM, Org.draft("清河县人民政府", OrgKind.COUNTY_GOV, null));
            Org justice = core.orgs().create(Actor.SYSTEM, Org.draft("清河县司法局", OrgKind.DEPARTMENT, county.id()));

            List<Org> subtree = core.orgs().list(Actor.SYSTEM, county.id(), new Page(100, 0)).items();   // both
            // Each change wrote its audit entry in the same transaction.
            List<AuditEntry> log = core.audit().find(Actor.SYSTEM, AuditFilter.NONE, new Page(100, 0)).items();
            // example:end
            assertEquals(List.of(county.id(), justice.id()), subtree.stream().map(Org::id).sorted().toList());
            assertEquals(2, log.size());
            assertEquals("CREATE", log.get(0).action());
        }
    }

    @Test
    void theReadmeShowsThisExample() {
        ReadmeExample.assertReadmeShows(ReadmeExampleTest.class);
    }
}
