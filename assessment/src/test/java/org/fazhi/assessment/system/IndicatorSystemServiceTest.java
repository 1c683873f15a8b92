package org.fazhi.assessment.system;

import static org.fazhi.assessment.Assessing.leaf;
import static org.fazhi.assessment.Assessing.parent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.assessment.Assessing;
import org.fazhi.assessment.figures.LedgerFigure;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.org.OrgKind;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class IndicatorSystemServiceTest {
    @AutoClose
    private final Assessing a = new Assessing();
    private final IndicatorSystemService systems = a.assessment.systems();

    @Test
    void aSystemIsStoredAsATreeWithItsParentsSummed() {
        IndicatorSystem s = systems.create(Assessing.ADMIN, "清河县示范创建指标体系", 2026, null, Assessing.small());
        assertEquals(1, s.number());
        assertEquals(s.id(), s.lineageId());
        assertEquals(new BigDecimal("20.0"), s.total());
        assertFalse(s.used());
        assertFalse(s.sample());
        IndicatorTree tree = systems.get(Assessing.viewer(a.town), s.id()).tree();
        assertEquals(new BigDecimal("10.0"), tree.get("1").points(), "a parent left blank gets its children's sum");
        assertEquals(List.of("1.1", "1.2", "2.1", "2.2"), tree.leaves().stream().map(Indicator::code).toList());
        assertEquals(2, tree.level("2.2"));
        assertTrue(tree.get("1.2").veto());
        assertEquals(LedgerFigure.COURT_APPEARANCE_RATE, tree.get("2.2").binding().figure());
        assertEquals("负责人出庭率;达到90%得满分", tree.get("2.2").binding().cell());
        assertEquals(List.of(EvidenceKind.LINK), tree.get("2.1").evidenceKinds());
        assertEquals(List.of("1.1", "1.2", "2.2"), tree.leavesFor(OrgKind.UNIT).stream().map(Indicator::code).toList(),
                "2.1 applies to departments and townships only");
        assertEquals(4, tree.leavesFor(OrgKind.TOWNSHIP).size());
        assertTrue(a.audit(IndicatorSystemService.ENTITY, s.id()).get(0).summary().contains("新建指标体系“清河县示范创建指标体系(第1版)”(共6项指标,总分20)"));
    }

    @Test
    void aBrokenTreeIsRefusedNamingEachIndicatorAndNothingIsStored() {
        List<Indicator> broken = new ArrayList<>(Assessing.small());
        broken.add(leaf("1.1", "1", "重复的编码", "2"));                                      // item 7
        broken.add(leaf("3.1", "3", "上级不存在", "2"));                                      // item 8
        broken.add(parent("2.2.1", "2.1", "第三级"));                                       // item 9: 2.1 now a parent…
        broken.add(leaf("2.2.1.1", "2.2.1", "第四级", "6"));                                // item 10: a fourth level
        ValidationException e = assertThrows(ValidationException.class,
                () -> systems.create(Assessing.ADMIN, "坏的体系", 2026, null, broken));
        List<String> fields = e.all().stream().map(ValidationException::field).toList();
        List<String> messages = e.all().stream().map(Throwable::getMessage).toList();
        assertTrue(messages.contains("第7项指标(编码 1.1):编码 1.1 重复(第2项已有)"), messages.toString());
        assertTrue(messages.contains("第8项指标(编码 3.1):上级编码 3 不存在"), messages.toString());
        assertTrue(messages.contains("第10项指标(编码 2.2.1.1):指标“第四级”在第4级,指标体系最多三级(一级/二级/三级)"), messages.toString());
        assertTrue(messages.contains("第5项指标(编码 2.1):佐证材料只对末级指标填写,“行政执法公示”有下级指标"), messages.toString());
        assertEquals(List.of("indicators.4.evidenceKinds", "indicators.6.code", "indicators.7.parentCode", "indicators.9.parentCode"), fields);
        assertTrue(systems.list(Assessing.ADMIN).isEmpty());
    }

    @Test
    void pointsThatDoNotAddUpAndBadScoresAreRefused() {
        List<Indicator> wrongSum = List.of(new Indicator("1", null, "制度建设", null, new BigDecimal("12"), List.of(), List.of(),
                false, null), leaf("1.1", "1", "规范性文件", "6"), leaf("1.2", "1", "重大决策", "4.5"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> systems.create(Assessing.ADMIN, "体系", 2026, null, wrongSum));
        assertEquals("第1项指标(编码 1):分值 12 与下级指标分值之和 10.5 不符", e.getMessage());
        assertEquals("indicators.0.points", e.field());

        ValidationException decimals = assertThrows(ValidationException.class, () -> leaf("1", null, "x", "2.25"));
        assertEquals("分值最多保留一位小数,而不是2.25", decimals.getMessage());
        assertThrows(ValidationException.class, () -> leaf("1", null, "x", "-1"));
        ValidationException zero = assertThrows(ValidationException.class,
                () -> systems.create(Assessing.ADMIN, "体系", 2026, null, List.of(leaf("1", null, "唯一指标", "0"))));
        assertEquals("第1项指标(编码 1):末级指标的分值应大于0", zero.getMessage());
        ValidationException cycle = assertThrows(ValidationException.class, () -> systems.create(Assessing.ADMIN, "体系", 2026,
                null, List.of(leaf("1", "2", "甲", "1"), leaf("2", "1", "乙", "1"))));
        assertTrue(cycle.getMessage().contains("构成循环"), cycle.getMessage());
        ValidationException fields = assertThrows(ValidationException.class,
                () -> systems.create(Assessing.ADMIN, " ", 1900, null, Assessing.small()));
        assertEquals(List.of("title", "fromYear"), fields.all().stream().map(ValidationException::field).toList());
        assertTrue(systems.list(Assessing.ADMIN).isEmpty());
    }

    @Test
    void anUnusedSystemIsEditedInPlaceGuardedByItsVersion() {
        IndicatorSystem s = systems.create(Assessing.ADMIN, "体系", 2026, null, Assessing.small());
        List<Indicator> edited = new ArrayList<>(Assessing.small());
        edited.set(1, leaf("1.1", "1", "规范性文件合法性审核", "8"));
        IndicatorSystem after = systems.update(Assessing.ADMIN, s.id(), "体系(修订)", 2026, edited, s.version());
        assertEquals(s.id(), after.id());
        assertEquals(s.version() + 1, after.version());
        assertEquals(new BigDecimal("22.0"), after.total());
        assertEquals("体系(修订)", after.title());
        ConflictException stale = assertThrows(ConflictException.class,
                () -> systems.update(Assessing.ADMIN, s.id(), "再改", 2026, Assessing.small(), s.version()));
        assertEquals("version", stale.field());
        assertEquals("体系(修订)", systems.get(Assessing.ADMIN, s.id()).title());
    }

    @Test
    void writersKeepTheSystemsOfTheirOwnScope() {
        IndicatorSystem global = systems.create(Assessing.ADMIN, "全局体系", 2026, null, Assessing.small());
        assertThrows(AccessDeniedException.class, () -> systems.create(Assessing.viewer(null), "体系", 2026, null,
                Assessing.small()));
        assertThrows(AccessDeniedException.class, () -> systems.update(Assessing.organiser(a.county), global.id(), "改",
                2026, Assessing.small(), null));
        IndicatorSystem own = systems.create(Assessing.organiser(a.county), "县体系", 2026, null, Assessing.small());
        assertEquals(a.county.id(), own.ownerOrgId());
        assertThrows(AccessDeniedException.class, () -> systems.update(Assessing.organiser(a.county2), own.id(), "改", 2026,
                Assessing.small(), null));
        assertThrows(AccessDeniedException.class, () -> systems.create(Assessing.organiser(a.county), "体系", 2026,
                a.education2.id(), Assessing.small()));
        assertEquals(2, systems.list(Assessing.viewer(a.town)).size(), "systems are published standards everyone reads");
    }

    @Test
    void theSampleFollowsTheNationalAreasAndIsMarkedAsASample() {
        IndicatorSystem s = systems.loadSample(Assessing.ADMIN, null);
        assertTrue(s.sample());
        assertTrue(s.title().contains("样例") && s.title().contains("分值须自行设定"), s.title());
        IndicatorTree tree = s.tree();
        assertEquals(List.of("政府职能依法全面履行", "依法行政制度体系", "重大行政决策", "行政执法", "行政权力制约和监督", "社会矛盾纠纷化解",
                "法治思维和依法行政能力", "组织领导"), s.indicators().stream().filter(i -> i.parentCode() == null)
                .map(Indicator::title).toList());
        assertEquals(new BigDecimal("100.0"), s.total());
        assertEquals(List.of(LedgerFigure.values()).size(), tree.leaves().stream().filter(i -> i.binding() != null)
                .map(i -> i.binding().figure()).distinct().count(), "every ledger figure is bound somewhere in the sample");
        assertEquals(1, tree.leaves().stream().filter(Indicator::veto).count());
        assertEquals(22, tree.leaves().size());
        IndicatorSystem edited = systems.update(Assessing.ADMIN, s.id(), s.title(), s.fromYear(), s.indicators(), s.version());
        assertFalse(edited.sample(), "the first edit makes the points the user's");
        assertNotEquals(s.version(), edited.version());
    }

    @Test
    void theSampleIsLoadedOncePerUnitKeepingIt() {
        IndicatorSystemService.Loaded first = systems.loadSampleOnce(Assessing.ADMIN, null);
        IndicatorSystemService.Loaded again = systems.loadSampleOnce(Assessing.ADMIN, null);
        assertTrue(first.created());
        assertFalse(again.created(), "the ledger's sample is there already");
        assertEquals(first.system().id(), again.system().id());
        assertEquals(1, systems.list(Assessing.ADMIN).size());
        assertEquals(1, a.audit(IndicatorSystemService.ENTITY, first.system().id()).size(), "nothing audited the second time");
        IndicatorSystemService.Loaded county = systems.loadSampleOnce(Assessing.organiser(a.county), null);
        assertTrue(county.created(), "the county keeps a sample of its own");
        assertEquals(a.county.id(), county.system().ownerOrgId());
        IndicatorSystem s = first.system();
        systems.update(Assessing.ADMIN, s.id(), s.title(), s.fromYear(), s.indicators(), s.version());
        assertTrue(systems.loadSampleOnce(Assessing.ADMIN, null).created(), "once edited it is no longer the sample");
        assertEquals(3, systems.list(Assessing.ADMIN).size());
    }

    @Test
    void onlyTheKeeperOpensASystemForEditing() {
        IndicatorSystem own = systems.create(Assessing.organiser(a.county), "县体系", 2026, null, Assessing.small());
        assertEquals(own.id(), systems.editable(Assessing.organiser(a.county), own.id()).id());
        assertEquals(own.id(), systems.editable(Assessing.ADMIN, own.id()).id());
        assertThrows(AccessDeniedException.class, () -> systems.editable(Assessing.organiser(a.county2), own.id()));
        assertThrows(AccessDeniedException.class, () -> systems.editable(Assessing.viewer(a.county), own.id()));
        IndicatorSystem global = systems.create(Assessing.ADMIN, "全局体系", 2026, null, Assessing.small());
        assertThrows(AccessDeniedException.class, () -> systems.editable(Assessing.organiser(a.county), global.id()));
    }

    @Test
    void aSystemARoundUsesIsSavedAsANewVersionToEdit() {
        IndicatorSystem unused = systems.create(Assessing.ADMIN, "未用", 2026, null, Assessing.small());
        ValidationException notUsed = assertThrows(ValidationException.class,
                () -> systems.newVersion(Assessing.ADMIN, unused.id(), unused.version()));
        assertEquals("id", notUsed.field());
        long used = a.smallRound().systemId();
        IndicatorSystem old = systems.get(Assessing.ADMIN, used);
        assertThrows(AccessDeniedException.class, () -> systems.newVersion(Assessing.organiser(a.county), used, old.version()));
        assertThrows(ConflictException.class, () -> systems.newVersion(Assessing.ADMIN, used, old.version() + 1));
        IndicatorSystem copy = systems.newVersion(Assessing.ADMIN, used, old.version());
        assertEquals(2, copy.number());
        assertEquals(old.lineageId(), copy.lineageId());
        assertEquals(used, copy.basedOn());
        assertEquals(old.indicators(), copy.indicators());
        assertFalse(copy.used());
        assertEquals(old, systems.get(Assessing.ADMIN, used), "the round's version is as it was");
        assertTrue(a.audit(IndicatorSystemService.ENTITY, copy.id()).get(0).summary().startsWith("另存为新版本:指标体系“清河县示范创建指标体系(第2版)”"));
        IndicatorSystem edited = systems.update(Assessing.ADMIN, copy.id(), copy.title(), 2027, copy.indicators(), copy.version());
        assertEquals(copy.id(), edited.id(), "the new version is edited in place");
    }
}
