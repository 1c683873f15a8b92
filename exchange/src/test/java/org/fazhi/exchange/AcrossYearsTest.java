package org.fazhi.exchange;

import static org.fazhi.exchange.Instance.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.fazhi.model.Page;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.Outcome;
import org.fazhi.training.exam.Track;
import org.junit.jupiter.api.Test;

/** Records that link to a record of the year before, which a year's package does not carry. */
class AcrossYearsTest extends CountyAndCity {

    @Test
    void aRetakeInJanuaryOfATestFailedInDecemberIsReceivedWithTheYearsFigures() {
        ExamBatch december = batch("2025-12-10");
        ExamResult failed = county.training.exams().addResult(ADMIN, december.id(), result(december.id(), null, 40.0));
        assertEquals(Outcome.DEFERRED, failed.outcome());
        ExamBatch january = batch("2026-01-15");
        ExamResult retake = county.training.exams().addResult(ADMIN, january.id(), result(january.id(), failed.id(), 80.0));
        assertEquals(Outcome.PASSED_RETAKE, retake.outcome());
        city.org("清河县人民政府", OrgKind.COUNTY_GOV, cityGov, RoundTripTest.COUNTY);
        city.trust(county, "清河县");

        assertEquals(2, city.receive(county.export(countyGov, 2026)).records(), "the batch and its retake, nothing of 2025");

        Org atCity = city.ledger.services().orgs().visible(ADMIN).stream()
                .filter(o -> o.name().equals("清河县人民政府")).findFirst().orElseThrow();
        assertEquals(county.training.exams().stats(ADMIN, 2026, countyGov.id()),
                city.training.exams().stats(ADMIN, 2026, atCity.id()), "the year's figures as the county has them");
        ExamBatch received = city.training.exams().batches(ADMIN, atCity.id(), 2026, null, Page.FIRST)
                .items().get(0);
        ExamResult arrived = city.training.exams().results(ADMIN, received.id()).get(0);
        assertEquals(Outcome.PASSED_RETAKE, arrived.outcome());
        assertNull(arrived.retakeOf(), "the sitting retaken is in the 2025 package, not in this one");
    }

    /** Which received units have not sent a year: the notice of the city's pages and the report's comparisons. */
    @Test
    void aYearAReceivedUnitHasNotSentIsNamedForItsSubtreeAndTheUnitsAboveIt() {
        city.org("清河县人民政府", OrgKind.COUNTY_GOV, cityGov, RoundTripTest.COUNTY);
        Org other = city.org("另一县人民政府", OrgKind.COUNTY_GOV, cityGov, null);
        city.trust(county, "清河县");
        county.session(justice, "2025-03-15", "学习行政复议法", head, null);
        city.receive(county.export(countyGov, 2025));
        Provenance provenance = new Provenance(city.ledger.database().jdbi(), city.clock);
        Org atCity = city.ledger.services().orgs().visible(ADMIN).stream()
                .filter(o -> o.name().equals("清河县司法局")).findFirst().orElseThrow();

        assertEquals(List.of(), provenance.unreported(null, 2025, null), "2025 came");
        assertEquals(List.of("清河县人民政府"), provenance.unreported(null, 2026, null));
        assertEquals(List.of("清河县人民政府"), provenance.unreported(cityGov.id(), 2026, null), "a unit above it");
        assertEquals(List.of("清河县人民政府"), provenance.unreported(atCity.id(), 2026, null), "a unit below it");
        assertEquals(List.of(), provenance.unreported(other.id(), 2026, null), "a unit beside it");
        assertEquals(List.of(), provenance.unreported(null, 2026, Set.of(other.id())), "a reader who does not see it");
        assertEquals(List.of("清河县人民政府"), provenance.unreported(atCity.id(), 2026, Set.of(atCity.id())),
                "a reader of a unit inside it is told, though the county itself is beyond the reader's scope");
    }

    private ExamBatch batch(String date) {
        return county.training.exams().createBatch(ADMIN, new ExamBatch(null, justice.id(), LocalDate.parse(date), Track.NON_NPC,
                null, 100, 60, null, null, 0));
    }

    private ExamResult result(long batchId, Long retakeOf, double score) {
        return new ExamResult(null, batchId, head.name(), head.id(), justice.id(), "科长", "局长", score, false, retakeOf, null, null);
    }
}
