package org.fazhi.exchange;

import static org.fazhi.exchange.Instance.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.duty.court.CourtCase;
import org.fazhi.duty.court.Hearing;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.Page;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.person.Person;
import org.fazhi.storage.core.PersonService;
import org.fazhi.storage.core.Scope;
import org.fazhi.training.study.SessionFilter;
import org.fazhi.training.study.StudySession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** At the receiver, received units and their records are read-only: every write path refuses with one message. */
class ReadOnlyTest extends CountyAndCity {
    final Org countyAtCity = city.org("清河县人民政府", OrgKind.COUNTY_GOV, cityGov, RoundTripTest.COUNTY);

    static void refused(Executable change) {
        assertEquals(Scope.RECEIVED, assertThrows(AccessDeniedException.class, change).getMessage());
    }

    @Test
    void receivedUnitsPeopleSessionsAndCasesCannotBeChangedHere() {
        county.session(justice, "2025-03-15", "学习行政复议法", head, Instance.PNG);
        county.courtCase(justice, List.of("2025-04-01"), List.of());
        city.trust(county, "清河县");
        city.receive(county.export(countyGov, 2025));
        String before = city.counts();

        Org justiceAtCity = city.ledger.services().orgs().visible(ADMIN).stream()
                .filter(o -> o.name().equals("清河县司法局")).findFirst().orElseThrow();
        refused(() -> city.ledger.services().orgs().update(ADMIN, justiceAtCity.id(),
                Org.draft("改名", OrgKind.DEPARTMENT, countyAtCity.id()), null));
        refused(() -> city.ledger.services().orgs().create(ADMIN, Org.draft("新科室", OrgKind.UNIT, justiceAtCity.id())));
        refused(() -> city.ledger.services().orgs().delete(ADMIN, justiceAtCity.id()));
        Person person = city.ledger.services().people().list(ADMIN, new PersonService.Filter(justiceAtCity.id(), null, null),
                Page.FIRST).items().get(0);
        refused(() -> city.ledger.services().people().update(ADMIN, person.id(),
                Person.draft(justiceAtCity.id(), "李四", "局长", LeaderCategory.PRINCIPAL), null));
        refused(() -> city.ledger.services().people().delete(ADMIN, person.id()));
        refused(() -> city.person(justiceAtCity, "王五", "副局长"));
        StudySession s = city.training.sessions().list(ADMIN, new SessionFilter(justiceAtCity.id(), 2025, null, null),
                Page.FIRST).items().get(0);
        refused(() -> city.training.sessions().delete(ADMIN, s.id()));
        refused(() -> city.training.attachments().add(ADMIN, s.id(), org.fazhi.training.study.AttachmentKind.PHOTO, "照片.png",
                Instance.PNG));
        refused(() -> city.training.attachments().delete(ADMIN,
                city.training.attachments().list(ADMIN, s.id()).get(0).id()));
        refused(() -> city.session(justiceAtCity, "2025-05-01", "在市里补录", person, null));
        CourtCase c = city.duty.courtCases().list(ADMIN, org.fazhi.duty.court.CaseFilter.ALL, Page.FIRST).items().get(0);
        refused(() -> city.duty.courtCases().delete(ADMIN, c.id()));
        refused(() -> city.duty.courtCases().addHearing(ADMIN, c.id(), Hearing.appeared(LocalDate.of(2025, 6, 1), null,
                "张局长", "局长", LeaderCategory.PRINCIPAL, true)));
        refused(() -> city.courtCase(justiceAtCity, List.of(), List.of()));
        assertEquals(before, city.counts(), "nothing written");

        // The city's own units stay writable.
        city.session(cityGov, "2025-05-01", "市政府学法", city.person(cityGov, "市长", "市长"), null);
    }
}
