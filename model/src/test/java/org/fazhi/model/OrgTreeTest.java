package org.fazhi.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.org.OrgTree;
import org.junit.jupiter.api.Test;

class OrgTreeTest {
    private final OrgTree tree = new OrgTree(List.of(
            new Org(1L, "某县人民政府", OrgKind.COUNTY_GOV, null, 0, null),
            new Org(2L, "县司法局", OrgKind.DEPARTMENT, 1L, 0, null),
            new Org(3L, "县财政局", OrgKind.DEPARTMENT, 1L, 0, null),
            new Org(4L, "公共法律服务中心", OrgKind.UNIT, 2L, 0, null),
            new Org(5L, "另一个县人民政府", OrgKind.COUNTY_GOV, null, 0, null)));

    @Test
    void subtreeIsDepthFirstAndIncludesTheTop() {
        assertEquals(List.of(2L, 4L), tree.subtree(2).stream().map(Org::id).toList());
        assertEquals(4, tree.subtree(1).size());
        assertTrue(tree.subtree(99).isEmpty());
    }

    @Test
    void withinFollowsParents() {
        assertTrue(tree.isWithin(4, 1));
        assertTrue(tree.isWithin(2, 2));
        assertFalse(tree.isWithin(3, 2));
        assertFalse(tree.isWithin(1, 4));
    }

    @Test
    void flattenDrawsDepthFirstWithSiblingsByKindThenEntryOrder() {
        List<String> drawn = tree.flatten().stream().map(n -> n.depth() + n.org().name()).toList();
        assertEquals(List.of("0某县人民政府", "1县司法局", "2公共法律服务中心", "1县财政局", "0另一个县人民政府"), drawn);
        OrgTree mixed = new OrgTree(List.of(
                new Org(1L, "县政府", OrgKind.COUNTY_GOV, null, 0, null),
                new Org(2L, "城关镇人民政府", OrgKind.TOWNSHIP, 1L, 0, null),
                new Org(3L, "县教育局", OrgKind.DEPARTMENT, 1L, 0, null)));
        assertEquals("县教育局", mixed.flatten().get(1).org().name(), "departments are listed before townships");
    }

    @Test
    void pathRunsFromTheRoot() {
        assertEquals(List.of("某县人民政府", "县司法局", "公共法律服务中心"),
                tree.path(4).stream().map(Org::name).toList());
    }
}
