package org.fazhi.onlineexam.sheets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.model.Coded;
import org.fazhi.model.ValidationException;
import org.fazhi.onlineexam.bank.Difficulty;
import org.fazhi.onlineexam.bank.Question;
import org.fazhi.onlineexam.bank.QuestionImport;
import org.fazhi.onlineexam.bank.QuestionType;
import org.fazhi.sheets.Cells;
import org.fazhi.sheets.Column;
import org.fazhi.sheets.RowCheck;
import org.fazhi.sheets.RowErrors;
import org.fazhi.sheets.Sheet;
import org.fazhi.sheets.TemplateExamples;

/**
 * The question bank as a spreadsheet, one row per question (docs/API.md): 题型,题干,选项A…选项H,答案,分值,难度,所涉法律法规,
 * 解析,状态. Imports read it, exports and the template write it, so an export can be imported again. Laws are separated
 * by 、 or ;. Types, difficulties and answers are read as people write them (单选/单选题, 易/简单, a,c / 对/错).
 */
public final class QuestionSheet {
    public static final Column TYPE = Column.required("题型", "试题类型", "题目类型", "类型");
    public static final Column STEM = Column.required("题干", "题目", "试题内容", "题目内容", "试题");
    public static final List<Column> OPTIONS = options();
    public static final Column ANSWER = Column.required("答案", "正确答案", "参考答案", "标准答案");
    public static final Column POINTS = Column.required("分值", "分数", "每题分值");
    public static final Column DIFFICULTY = Column.optional("难度", "难易程度", "难度等级");
    public static final Column LAWS = Column.optional("所涉法律法规", "所涉法律", "法律法规", "涉及法律法规", "相关法律法规", "法律依据");
    public static final Column ANALYSIS = Column.optional("解析", "答案解析", "试题解析");
    public static final Column STATE = Column.optional("状态", "是否启用");
    public static final List<Column> COLUMNS = columns();
    public static final List<String> HEADERS = COLUMNS.stream().map(Column::name).toList();

    private static final String ACTIVE = "启用";
    private static final String RETIRED = "停用";
    private static final Pattern OPTION_NAMED = Pattern.compile("选项([A-H])");
    private static final Pattern LAW_SEPARATORS = Pattern.compile("[、;；\\n]");
    private static final Map<String, QuestionType> TYPE_WORDS = Map.of("单选", QuestionType.SINGLE, "单项选择题",
            QuestionType.SINGLE, "多选", QuestionType.MULTIPLE, "多项选择题", QuestionType.MULTIPLE, "判断",
            QuestionType.TRUE_FALSE, "案例分析", QuestionType.CASE, "案例题", QuestionType.CASE);
    private static final Map<String, Difficulty> DIFFICULTY_WORDS = Map.of("简单", Difficulty.EASY, "容易", Difficulty.EASY,
            "较易", Difficulty.EASY, "中等", Difficulty.MEDIUM, "一般", Difficulty.MEDIUM, "困难", Difficulty.HARD,
            "较难", Difficulty.HARD);

    private QuestionSheet() {
    }

    private static List<Column> options() {
        List<Column> out = new ArrayList<>();
        for (int i = 0; i < Question.MAX_OPTIONS; i++) {
            String l = Question.label(i);
            out.add(Column.optional("选项" + l, l, l + "选项", "选项 " + l));
        }
        return List.copyOf(out);
    }

    private static List<Column> columns() {
        List<Column> out = new ArrayList<>(List.of(TYPE, STEM));
        out.addAll(OPTIONS);
        out.addAll(List.of(ANSWER, POINTS, DIFFICULTY, LAWS, ANALYSIS, STATE));
        return List.copyOf(out);
    }

    /** The column of a question's field for a problem's message, for problems found after reading; null: the row. */
    public static String column(String field, String message) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "type" -> TYPE.name();
            case "stem" -> STEM.name();
            case "options" -> {
                Matcher m = OPTION_NAMED.matcher(message == null ? "" : message);
                yield m.find() ? "选项" + m.group(1) : OPTIONS.get(0).name();
            }
            case "answer" -> ANSWER.name();
            case "points" -> POINTS.name();
            case "difficulty" -> DIFFICULTY.name();
            case "laws" -> LAWS.name();
            case "analysis" -> ANALYSIS.name();
            default -> null;
        };
    }

    // ---- writing ----

    public static List<Object> row(Question q) {
        List<Object> out = new ArrayList<>(List.of(q.type().label(), q.stem()));
        for (int i = 0; i < Question.MAX_OPTIONS; i++) {
            out.add(i < q.options().size() ? q.options().get(i) : null);
        }
        out.addAll(Arrays.asList(answerText(q), q.points(), q.difficulty().label(), String.join("、", q.laws()), q.analysis(),
                q.active() ? ACTIVE : RETIRED));
        return out;
    }

    /** The answer as the sheet shows it: letters, 对/错, or the reference answer. */
    public static String answerText(Question q) {
        if (q.type() == QuestionType.TRUE_FALSE) {
            return "T".equals(q.answer()) ? "对" : "错";
        }
        return q.answer();
    }

    /** The template's examples: one question of each type. */
    public static List<List<Object>> example() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(Question.draft(QuestionType.SINGLE, TemplateExamples.mark("公民、法人或者其他组织认为行政行为侵犯其合法权益的,"
                        + "可以自知道或者应当知道该行政行为之日起( )内提出行政复议申请。"), List.of("十五日", "三十日", "六十日", "九十日"),
                "C", 2, Difficulty.EASY, List.of("中华人民共和国行政复议法"), "行政复议法第二十条:申请期限为六十日,法律规定超过六十日的除外。")));
        rows.add(row(Question.draft(QuestionType.MULTIPLE, TemplateExamples.mark("下列属于行政处罚种类的有( )。"),
                List.of("警告、通报批评", "罚款、没收违法所得", "暂扣许可证件", "记过"), "ABC", 3, Difficulty.MEDIUM,
                List.of("中华人民共和国行政处罚法"), "记过是政务处分,不是行政处罚。")));
        rows.add(row(Question.draft(QuestionType.TRUE_FALSE, TemplateExamples.mark("宪法是国家的根本法,具有最高的法律效力。"),
                List.of(), "对", 2, Difficulty.EASY, List.of("中华人民共和国宪法"), null)));
        rows.add(row(Question.draft(QuestionType.CASE, TemplateExamples.mark("某县市场监管局对某超市罚款5万元,未告知其有要求听证的权利。"
                        + "请分析该处罚决定是否合法。"), List.of(), "不合法。较大数额罚款应告知当事人有要求听证的权利,未告知即作出处罚,程序违法。",
                10, Difficulty.HARD, List.of("中华人民共和国行政处罚法"), null)));
        return rows;
    }

    public static List<String> notes() {
        return List.of("试题导入说明",
                "每行一道试题。第一行为列名,列的顺序可以调整,多出的列不导入。题型、题干、答案、分值不能缺少。",
                "题型:" + labels(QuestionType.values()) + "(也可写单选、多选、判断、案例分析)。",
                "选项:单选题、多选题从选项A起依次填写2到8个选项,不能跳空;判断题和案例分析题不填选项。",
                "答案:单选题填一个字母(如 B);多选题填两个以上字母(如 ACD,也可写 A,C,D);判断题填“对”或“错”;"
                        + "案例分析题填参考答案,由阅卷人评分。",
                "分值:1到" + Question.POINTS_MAX + "的整数。难度:" + labels(Difficulty.values()) + ",留空为中。",
                "所涉法律法规:填法律法规名称,多部用“、”或“;”分隔,最多" + Question.LAWS_MAX + "部。",
                "状态:启用或停用,留空为启用;停用的试题保留在题库中,但不再抽入新试卷。",
                "题型和题干都相同的试题视为同一道题:题库中已有的按文件更新,内容未变的不做修改;同一文件中不能出现两次。",
                "题干含“" + TemplateExamples.MARKER + "”的行是示例,导入时跳过;同一文件导入过一次后再次上传会被拒绝。",
                "整个文件有任何一处错误时,一道也不导入,并列出所有出错的行和列,改正后重新上传即可。");
    }

    private static String labels(Coded[] values) {
        StringBuilder b = new StringBuilder();
        for (Coded v : values) {
            b.append(b.length() == 0 ? "" : "、").append(v.label());
        }
        return b.toString();
    }

    // ---- reading ----

    /** The questions of the file with their rows; a row that fails any check is reported and left out. */
    public static List<QuestionImport.Row> read(Sheet sheet, RowErrors errors) {
        List<QuestionImport.Row> rows = new ArrayList<>();
        for (Sheet.Row row : sheet.rows()) {
            RowCheck check = new RowCheck(row.number(), errors);
            QuestionType type = check.check(TYPE, () -> type(sheet.get(row, TYPE)));
            String stem = Cells.text(sheet.get(row, STEM));
            List<String> options = new ArrayList<>();
            for (Column c : OPTIONS) {
                options.add(Cells.text(sheet.get(row, c)));
            }
            while (!options.isEmpty() && options.get(options.size() - 1) == null) {
                options.remove(options.size() - 1);
            }
            String answer = Cells.text(sheet.get(row, ANSWER));
            Integer points = check.check(POINTS, () -> Cells.integer(sheet.get(row, POINTS), "分值", 1, Question.POINTS_MAX));
            Difficulty difficulty = check.check(DIFFICULTY, () -> difficulty(sheet.get(row, DIFFICULTY)));
            List<String> laws = laws(sheet.get(row, LAWS));
            String analysis = Cells.text(sheet.get(row, ANALYSIS));
            Boolean active = check.check(STATE, () -> active(sheet.get(row, STATE)));
            try {
                Question q = new Question(null, type, stem, options, answer, points == null ? 1 : points, difficulty, laws,
                        analysis, active == null || active, 0);
                if (check.clean()) {
                    rows.add(new QuestionImport.Row(row.number(), q));
                }
            } catch (ValidationException e) {
                // A column already reported (an unreadable type, points or difficulty) is not reported again.
                e.all().forEach(p -> check.fail(byName(column(p.field(), p.getMessage())), p.getMessage()));
            }
        }
        return rows;
    }

    /** The laws of a cell: titles separated by 、 or ; (half or full width) or line breaks. */
    public static List<String> laws(String cell) {
        String v = Cells.text(cell);
        if (v == null) {
            return List.of();
        }
        return Arrays.stream(LAW_SEPARATORS.split(v)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static QuestionType type(String cell) {
        String v = Cells.text(cell);
        QuestionType t = v == null ? null : TYPE_WORDS.get(v);
        return t != null ? t : QuestionType.parse(v);
    }

    private static Difficulty difficulty(String cell) {
        String v = Cells.text(cell);
        if (v == null) {
            return Difficulty.MEDIUM;
        }
        Difficulty d = DIFFICULTY_WORDS.get(v);
        return d != null ? d : Difficulty.parse(v);
    }

    private static Boolean active(String cell) {
        String v = Cells.text(cell);
        if (v == null || v.equals(ACTIVE) || v.equals("是")) {
            return true;
        }
        if (v.equals(RETIRED) || v.equals("否")) {
            return false;
        }
        throw new ValidationException("active", "状态“" + v + "”无效,应为“启用”或“停用”");
    }

    private static Column byName(String name) {
        return COLUMNS.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }
}
