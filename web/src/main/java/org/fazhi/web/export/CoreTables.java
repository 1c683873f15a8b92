package org.fazhi.web.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgTree;
import org.fazhi.model.person.Person;
import org.fazhi.sheets.TableStream;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.core.PersonService;

/** The export tables of the core lists, with the same filters as the lists themselves. */
public record CoreTables(CoreServices core, Clock clock) {
    public static final List<String> ORG_COLUMNS = List.of("编号", "单位名称", "单位类型", "上级单位编号", "上级单位",
            "统一社会信用代码");
    public static final List<String> PERSON_COLUMNS = List.of("编号", "姓名", "单位编号", "单位", "职务", "人员类别");

    /** Units of the actor's scope (or of {@code orgId}'s subtree), in tree order. */
    public TableStream orgs(Actor actor, Long orgId) {
        OrgTree tree = core.visibleOrgs().tree(actor);
        if (orgId != null) {
            core.orgs().get(actor, orgId);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (OrgTree.Node n : tree.flatten()) {
            Org o = n.org();
            if (orgId == null || tree.isWithin(o.id(), orgId)) {
                String parent = o.parentId() == null ? null : tree.find(o.parentId()).map(Org::name).orElse(null);
                rows.add(Arrays.asList(o.id(), o.name(), o.kind().label(), o.parentId(), parent, o.code()));
            }
        }
        return new TableStream("单位-" + LocalDate.now(clock), "单位", ORG_COLUMNS, out -> rows.forEach(out));
    }

    public TableStream people(Actor actor, PersonService.Filter filter) {
        OrgTree tree = core.visibleOrgs().tree(actor);
        List<List<Object>> rows = new ArrayList<>();
        int offset = 0;
        PageResult<Person> page;
        do {
            page = core.people().list(actor, filter, new Page(Page.MAX_LIMIT, offset));
            for (Person p : page.items()) {
                rows.add(Arrays.asList(p.id(), p.name(), p.orgId(), tree.find(p.orgId()).map(Org::name).orElse(null),
                        p.position(), p.category().label()));
            }
            offset += page.items().size();
        } while (!page.items().isEmpty() && offset < page.total());
        return new TableStream("人员-" + LocalDate.now(clock), "人员", PERSON_COLUMNS, out -> rows.forEach(out));
    }
}
