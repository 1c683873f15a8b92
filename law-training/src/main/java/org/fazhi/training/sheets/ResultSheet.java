package org.fazhi.training.sheets;

import org.fazhi.sheets.TemplateExamples;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fazhi.sheets.Column;
import org.fazhi.storage.core.UnitNames;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.Outcome;

/**
 * The test-result spreadsheet of a batch: 姓名,单位,现任职务,拟任职务,成绩,是否缺考,补考原成绩编号. Exports add
 * 成绩编号 (what a retake in a later batch points at) and 结果, which imports ignore.
 */
public final class ResultSheet {
    public static final Column NAME = Column.required("姓名", "考生姓名", "考生");
    public static final Column UNIT = Column.required("单位", "单位名称", "所在单位");
    public static final Column CURRENT = Column.optional("现任职务", "现职务", "职务");
    public static final Column PROPOSED = Column.optional("拟任职务", "拟任", "拟任职");
    public static final Column SCORE = Column.optional("成绩", "分数", "得分");
    public static final Column ABSENT = Column.optional("是否缺考", "缺考");
    public static final Column RETAKE_OF = Column.optional("补考原成绩编号", "补考原成绩", "原成绩编号");
    public static final List<Column> COLUMNS = List.of(NAME, UNIT, CURRENT, PROPOSED, SCORE, ABSENT, RETAKE_OF);
    public static final List<String> HEADERS = COLUMNS.stream().map(Column::name).toList();
    public static final List<String> EXPORT_HEADERS;

    static {
        List<String> h = new ArrayList<>();
        h.add("成绩编号");
        h.addAll(HEADERS);
        h.add("结果");
        EXPORT_HEADERS = List.copyOf(h);
    }

    /** Which column a {@link ExamResult} field's problem belongs to. */
    public static final Map<String, Column> FIELDS = Map.of("name", NAME, "orgId", UNIT, "currentPost", CURRENT,
            "proposedPost", PROPOSED, "score", SCORE, "retakeOf", RETAKE_OF);

    private ResultSheet() {
    }

    public static List<Object> row(ExamResult r, UnitNames units) {
        return Arrays.asList(r.id(), r.name(), units.label(r.orgId()), r.currentPost(), r.proposedPost(),
                r.score() == null ? null : BigDecimal.valueOf(r.score()).stripTrailingZeros(), r.absent() ? "是" : "否",
                r.retakeOf(), r.outcome() == null ? null : r.outcome().label());
    }

    /** The template's example row; its name carries {@link TemplateExamples#MARKER}, so the import skips it. */
    public static List<Object> example(String unitName) {
        return Arrays.asList(TemplateExamples.mark("李明"), unitName, "县司法局副局长", "县司法局局长", 86.5, "否", null);
    }

    public static List<String> notes() {
        return List.of(
                "测试成绩导入说明(导入到某一测试批次)",
                "第一行为列名,列的顺序可以调整,多出的列(如导出文件中的“成绩编号”“结果”)不导入。",
                "姓名、单位(必填):单位填名称,有同名单位时填单位编号;只能导入本账号管辖范围内的单位。",
                "成绩:百分制或按批次满分,最多一位小数;缺考者成绩留空。",
                "是否缺考:填“是”或“否”,留空视为否;也可在成绩栏填“缺考”。",
                "补考原成绩编号:补考时填该考生上一次“不合格,暂缓任用”成绩的编号(见该批次导出文件的“成绩编号”列),否则留空。",
                "结果(" + Arrays.stream(Outcome.values()).map(Outcome::label).reduce((a, b) -> a + "、" + b).orElse("")
                        + ")由系统按及格线自动判定,不需填写。",
                "内容含“" + TemplateExamples.MARKER + "”的行是示例,导入时跳过;同一文件导入同一批次后再次上传会被拒绝。",
                "同一考生(同一单位、同一姓名)在一个批次中只记一次成绩(补考另计):与本批次已有成绩重复或与文件中其他行重复的行会被指出。",
                "整个文件有任何一处错误时,一条也不导入,并列出所有出错的行和列。");
    }

    /** A batch's row in the batch list export. */
    public static List<Object> batchRow(ExamBatch b, UnitNames units, int candidates, int passed) {
        return Arrays.asList(b.id(), units.label(b.orgId()), b.date(), b.track().label(), b.title(), b.paper(),
                b.mode().label(), b.fullMark(), b.passMark(), candidates, passed);
    }

    public static final List<String> BATCH_HEADERS = List.of("批次编号", "组织单位", "测试日期", "测试类别", "批次名称", "试卷",
            "考试方式", "满分", "及格线", "考生人数", "合格人数");
}
