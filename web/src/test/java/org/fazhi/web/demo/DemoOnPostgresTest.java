package org.fazhi.web.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.round.Results;
import org.fazhi.assessment.round.Round;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.PostgresTarget;
import org.fazhi.storage.testing.TestEngine;
import org.fazhi.web.server.ServerConfig;
import org.fazhi.web.server.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server started with --demo on PostgreSQL loads the whole demo county through every module's services (on
 * SQLite DemoTest and DemoStartIT do): among them the assessment's two rounds, last year's with ranks and its
 * sentence for the annual report.
 */
class DemoOnPostgresTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path tmp;

    @Test
    void theDemoCountyLoadsOnPostgresqlWithBothAssessmentRounds() throws Exception {
        PostgresTarget schema = TestEngine.newSchema();
        try (WebServer server = WebServer.start(new ServerConfig("127.0.0.1", 0, Files.createDirectories(tmp.resolve("数据")),
                true, TODAY, schema, null))) {
            assertTrue(server.services().orgs().visible(Actor.SYSTEM).size() > 40, "the county's units");
            Assessment assessment = new Assessment(server.database(), server.services().audit());
            List<Round> rounds = assessment.rounds().list(Actor.SYSTEM, null);
            assertEquals(List.of(2026, 2025), rounds.stream().map(Round::year).toList());
            Results last = assessment.results().results(Actor.SYSTEM, rounds.get(1).id());
            assertEquals(1, last.units().get(0).rank());
            assertTrue(last.sentence().startsWith("纳入考核的" + last.assessed() + "个单位中"), last.sentence());
        } finally {
            TestEngine.dropSchema(schema);
        }
    }
}
