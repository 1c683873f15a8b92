package org.fazhi.assessment.system;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fazhi.assessment.figures.LedgerBinding;
import org.fazhi.model.ValidationException;
import org.fazhi.model.org.OrgKind;
import org.fazhi.sheets.Cells;
import org.fazhi.sheets.Column;
import org.fazhi.sheets.RowCheck;
import org.fazhi.sheets.RowErrors;
import org.fazhi.sheets.Sheet;
import org.fazhi.sheets.SheetReader;
import org.fazhi.sheets.TableStream;
import org.fazhi.sheets.TemplateExamples;

/**
 * The indicator sheet as provinces circulate it: 编码, 上级编码, 指标名称, 评分标准, 分值, 佐证材料, 适用单位,
 * 关联台账指标, plus an optional 一票否决 (是/否). Imports read it, exports write it, so an export imports
 * back as it was.
 */
public final class IndicatorSheet {
    public static final Column CODE = Column.required("编码", "指标编码", "序号");
    public static final Column PARENT = Column.optional("上级编码", "上级指标编码", "父级编码", "上级");
    public static final Column TITLE = Column.required("指标名称", "指标", "指标内容", "名称");
    public static final Column STANDARD = Column.optional("评分标准", "评分细则", "考核标准", "评分办法");
    public static final Column POINTS = Column.optional("分值", "分数", "标准分", "权重分");
    public static final Column EVIDENCE = Column.optional("佐证材料", "佐证材料类型", "材料类型");
    public static final Column APPLIES = Column.optional("适用单位", "适用单位类型", "适用范围");
    public static final Column BINDING = Column.optional("关联台账指标", "台账指标", "关联指标");
    public static final Column VETO = Column.optional("一票否决", "否决项");
    public static final List<Column> COLUMNS = List.of(CODE, PARENT, TITLE, STANDARD, POINTS, EVIDENCE, APPLIES, BINDING, VETO);
    public static final List<String> HEADERS = COLUMNS.stream().map(Column::name).toList();
    public static final int MAX_ROWS = IndicatorTree.MAX_INDICATORS;

    /** Which column an {@link Indicator} field's problem belongs to. */
    private static final Map<String, Column> FIELDS = Map.of("code", CODE, "parentCode", PARENT, "title", TITLE,
            "standard", STANDARD, "points", POINTS, "evidenceKinds", EVIDENCE, "appliesTo", APPLIES, "binding", BINDING,
            "veto", VETO);

    /** Unit kinds as people write them in 适用单位, besides the kinds' own labels and codes. */
    private static final Map<String, OrgKind> KIND_WORDS = Map.ofEntries(Map.entry("市政府", OrgKind.CITY_GOV),
            Map.entry("县政府", OrgKind.COUNTY_GOV), Map.entry("区政府", OrgKind.COUNTY_GOV),
            Map.entry("县(市、区)政府", OrgKind.COUNTY_GOV), Map.entry("部门", OrgKind.DEPARTMENT),
            Map.entry("政府部门", OrgKind.DEPARTMENT), Map.entry("乡镇", OrgKind.TOWNSHIP), Map.entry("街道", OrgKind.TOWNSHIP),
            Map.entry("乡镇(街道)", OrgKind.TOWNSHIP), Map.entry("开发区", OrgKind.DEV_ZONE));
    private static final List<String> EVERY_KIND = List.of("全部", "所有单位", "全部单位", "各单位");

    private IndicatorSheet() {
    }

    public static SheetReader reader() {
        return new SheetReader(COLUMNS, MAX_ROWS);
    }

    /** A row per indicator, in the system's order. */
    public static TableStream table(IndicatorSystem system) {
        return new TableStream("指标体系-" + system.title() + "-第" + system.number() + "版", "指标体系", HEADERS, out -> {
            for (Indicator i : system.indicators()) {
                out.accept(row(i));
            }
        }, notes());
    }

    static List<Object> row(Indicator i) {
        return Arrays.asList(i.code(), i.parentCode(), i.title(), i.standard(), i.points(),
                EvidenceKind.labels(i.evidenceKinds()), Codes.labels(i.appliesTo()),
                i.binding() == null ? null : i.binding().cell(), i.veto() ? "是" : null);
    }

    public static List<String> notes() {
        List<String> n = new ArrayList<>();
        n.add("指标体系导入说明");
        n.add("每行一项指标,最多三级(一级/二级/三级)。编码(必填)在表内不能重复;上级编码填上一级指标的编码,一级指标留空。");
        n.add("分值:末级指标必填,最多一位小数;上级指标的分值应等于其下级指标分值之和,留空时按下级之和计算。");
        n.add("佐证材料:末级指标可填" + EvidenceKind.labels(List.of(EvidenceKind.values())) + "中的一种或几种,用“、”分隔;留空表示不限。");
        n.add("适用单位:单位类型,如“政府工作部门、乡镇人民政府/街道办事处”;留空表示适用于所有单位。上级指标填写时,其下级指标只适用于其中的单位。");
        n.add("关联台账指标:末级指标可关联台账数据,如“负责人出庭率;达到90%得满分”或“学法计划完成率”(按比例计分)。");
        n.add("一票否决:填“是”的末级指标得0分时,该单位不达标。");
        n.add("内容含“" + TemplateExamples.MARKER + "”的行是示例,导入时跳过。整个文件有任何一处错误时,一条也不导入,并列出所有出错的行和列。");
        return n;
    }

    /** The indicators of the rows and the row number of each; every problem goes to {@code errors}. */
    public record Read(List<Indicator> indicators, List<Integer> rows) {
    }

    /**
     * Reads every row; a cell that cannot be read, an indicator that is wrong in itself, and a tree that does
     * not hold together ({@link IndicatorTree#check}) each go to {@code errors} with their row and column.
     */
    public static Read read(Sheet sheet, RowErrors errors) {
        List<Indicator> out = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (Sheet.Row row : sheet.rows()) {
            RowCheck c = new RowCheck(row.number(), errors);
            BigDecimal points = c.check(POINTS, () -> Cells.number(sheet.get(row, POINTS), "分值"));
            List<EvidenceKind> evidence = c.check(EVIDENCE, () -> EvidenceKind.parseList(sheet.get(row, EVIDENCE)));
            List<OrgKind> kinds = c.check(APPLIES, () -> orgKinds(sheet.get(row, APPLIES)));
            LedgerBinding binding = c.check(BINDING, () -> LedgerBinding.parse(Cells.text(sheet.get(row, BINDING))).orElse(null));
            boolean veto = Boolean.TRUE.equals(c.check(VETO, () -> Cells.yesNo(sheet.get(row, VETO), "一票否决")));
            try {
                Indicator i = new Indicator(Cells.text(sheet.get(row, CODE)), Cells.text(sheet.get(row, PARENT)),
                        Cells.text(sheet.get(row, TITLE)), Cells.text(sheet.get(row, STANDARD)),
                        c.failed(POINTS) ? null : points, evidence, kinds, veto, binding);
                if (c.clean()) {
                    out.add(i);
                    rows.add(row.number());
                }
            } catch (ValidationException e) {
                for (ValidationException p : e.all()) {
                    c.fail(FIELDS.get(p.field()), p.getMessage());
                }
            }
        }
        if (errors.isEmpty()) {
            for (IndicatorTree.Problem p : IndicatorTree.check(out, i -> "第" + rows.get(i) + "行")) {
                if (p.index() < 0) {
                    errors.add(sheet.headerRow(), null, p.message());
                } else {
                    errors.add(rows.get(p.index()), FIELDS.get(p.field()).name(), p.message());
                }
            }
        }
        return new Read(out, rows);
    }

    /** 适用单位: the kinds' labels or codes, or the words people use ("乡镇", "部门"); blank or "全部": every kind. */
    static List<OrgKind> orgKinds(String cell) {
        String s = Cells.text(cell);
        List<OrgKind> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        if (EVERY_KIND.contains(s)) {
            return out;
        }
        // The labels hold the separators themselves ("县(市、区)人民政府", "乡镇人民政府/街道办事处"): take them out first.
        for (OrgKind k : OrgKind.values()) {
            if (s.contains(k.label())) {
                out.add(k);
                s = s.replace(k.label(), " ");
            }
        }
        for (Map.Entry<String, OrgKind> w : KIND_WORDS.entrySet().stream()
                .sorted((a, b) -> b.getKey().length() - a.getKey().length()).toList()) {
            if (s.contains(w.getKey())) {
                if (!out.contains(w.getValue())) {
                    out.add(w.getValue());
                }
                s = s.replace(w.getKey(), " ");
            }
        }
        for (String part : s.split("[、,;;/\\s]+")) {
            if (!part.isBlank()) {
                OrgKind k = OrgKind.parse(part);
                if (!out.contains(k)) {
                    out.add(k);
                }
            }
        }
        out.sort(null);
        return out;
    }
}
