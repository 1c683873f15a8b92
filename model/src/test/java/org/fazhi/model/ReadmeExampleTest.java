package org.fazhi.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.fazhi.model.calc.Percent;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.org.OrgTree;
import org.junit.jupiter.api.Test;

/** The example of README.md, compiled and run; {@link ReadmeExample} keeps the two identical. */
class ReadmeExampleTest {
    @Test
    void theReadmeExampleRuns() {
        // example:start
        Org county = new Org(1L, "清河县人民政府", OrgKind.COUNTY_GOV, null, 0, null);
        Org justice = new Org(2L, "清河县司法局", OrgKind.DEPARTMENT, 1L, 0, null);
        OrgTree tree = new OrgTree(List.of(county, justice));
        boolean inCounty = tree.isWithin(2L, 1L);                 // true: the bureau is in the county's subtree

        Percent appearance = Percent.of(728, 1095);                // 出庭率, half-up to one decimal
        String text = appearance.text();                           // "66.5%"

        ValidationException refused = assertThrows(ValidationException.class,
                () -> new Org(null, " ", OrgKind.DEPARTMENT, 1L, 0, null));
        String field = refused.field();                            // "name", with a Chinese message
        // example:end
        assertEquals(true, inCounty);
        assertEquals("66.5%", text);
        assertEquals("name", field);
    }

    @Test
    void theReadmeShowsThisExample() {
        ReadmeExample.assertReadmeShows(ReadmeExampleTest.class);
    }
}
