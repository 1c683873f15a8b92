package org.fazhi.training.sheets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.sheets.Cells;
import org.fazhi.sheets.RowCheck;
import org.fazhi.sheets.RowErrors;
import org.fazhi.sheets.Sheet;
import org.fazhi.sheets.SheetFile;
import org.fazhi.sheets.SheetReader;
import org.fazhi.sheets.TemplateExamples;
import org.fazhi.storage.core.OrgService;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.UnitNames;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.ExamResult;
import org.fazhi.training.exam.ExamService;
import org.fazhi.training.exam.Outcome;

/**
 * An uploaded results spreadsheet into one batch. Every row is checked here first, retakes included,
 * so the report lists every bad row; then {@link ExamService#addResults} stores them all or none (and
 * checks again inside its transaction, in case something changed meanwhile).
 */
public final class ExamResultImporter {
    /** A batch is a sitting of candidates, not a data set: a few thousand rows at the very most. */
    public static final int MAX_ROWS = 5_000;
    private static final Pattern ROW_PREFIX = Pattern.compile("第(\\d+)行:(.*)", Pattern.DOTALL);

    private final OrgService orgs;
    private final ExamService tests;
    private final SheetReader reader = new SheetReader(ResultSheet.COLUMNS, MAX_ROWS);

    public ExamResultImporter(OrgService orgs, ExamService tests) {
        this.orgs = orgs;
        this.tests = tests;
    }

    public int importFile(Actor actor, long batchId, SheetFile upload) {
        return importFile(actor, batchId, upload, false);
    }

    /**
     * The template's example rows are skipped; a file holding only them is refused.
     *
     * @param force import even a file imported into this batch before
     */
    public int importFile(Actor actor, long batchId, SheetFile upload, boolean force) {
        Scope.requireWriter(actor);
        ExamBatch batch = tests.batch(actor, batchId);
        Sheet read = reader.read(upload);
        Sheet sheet = read.without(TemplateExamples::isExample);
        UnitNames units = new UnitNames(orgs, actor);
        RowErrors errors = new RowErrors();
        List<ExamResult> drafts = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        Map<Long, Integer> retakes = new HashMap<>();
        for (Sheet.Row row : sheet.rows()) {
            RowCheck c = new RowCheck(row.number(), errors);
            Long org = c.check(ResultSheet.UNIT, () -> units.resolve(sheet.get(row, ResultSheet.UNIT), "单位"));
            String scoreCell = sheet.get(row, ResultSheet.SCORE);
            boolean absentByScore = "缺考".equals(scoreCell);
            BigDecimal score = absentByScore ? null : c.check(ResultSheet.SCORE, () -> Cells.number(scoreCell, "成绩"));
            Boolean absent = c.check(ResultSheet.ABSENT, () -> Cells.yesNo(sheet.get(row, ResultSheet.ABSENT), "是否缺考", "缺考"));
            Long retakeOf = c.check(ResultSheet.RETAKE_OF, () -> {
                Integer id = Cells.integer(sheet.get(row, ResultSheet.RETAKE_OF), "补考原成绩编号", 1, Integer.MAX_VALUE);
                return id == null ? null : id.longValue();
            });
            ExamResult draft = null;
            try {
                draft = new ExamResult(null, batchId, sheet.get(row, ResultSheet.NAME), null, org == null ? 1 : org,
                        sheet.get(row, ResultSheet.CURRENT), sheet.get(row, ResultSheet.PROPOSED),
                        score == null ? null : score.doubleValue(), absentByScore || Boolean.TRUE.equals(absent),
                        retakeOf, null);
                draft.checkAgainst(batch);
            } catch (ValidationException e) {
                for (ValidationException p : e.all()) {
                    if (!c.failed(ResultSheet.FIELDS.get(p.field()))) {
                        c.fail(ResultSheet.FIELDS.get(p.field()), p.getMessage());
                    }
                }
            }
            if (draft != null && draft.retakeOf() != null && !c.failed(ResultSheet.RETAKE_OF)) {
                String problem = retakeProblem(actor, batch, draft, retakes.putIfAbsent(draft.retakeOf(), row.number()));
                if (problem != null) {
                    c.fail(ResultSheet.RETAKE_OF, problem);
                }
            }
            if (c.clean() && draft != null) {
                drafts.add(draft);
                rowOf.add(row.number());
            }
        }
        errors.throwIfAny();
        if (drafts.isEmpty()) {
            throw TemplateExamples.nothingToImport(read, sheet, "考生成绩");
        }
        try {
            return tests.addResults(actor, batchId, drafts, upload.sha256(), upload.fileName(), force, rowOf).size();
        } catch (ValidationException e) {
            throw asRowError(e, rowOf);
        }
    }

    /** Why a row cannot retake the result it names, or null when it can (as far as can be told before storing). */
    private String retakeProblem(Actor actor, ExamBatch batch, ExamResult draft, Integer earlierRow) {
        long id = draft.retakeOf();
        if (earlierRow != null) {
            return "成绩编号 " + id + " 已在第" + earlierRow + "行补考,一次成绩只能补考一次";
        }
        ExamResult earlier;
        try {
            earlier = tests.result(actor, id);
        } catch (NotFoundException e) {
            return "补考原成绩编号 " + id + " 不存在";
        } catch (AccessDeniedException e) {
            return "补考原成绩编号 " + id + " 属于本账号管辖范围以外的单位";
        }
        if (earlier.batchId() == batch.id()) {
            return "补考须在原考试之后的批次进行,成绩编号 " + id + " 就在本批次";
        }
        if (earlier.outcome() != Outcome.DEFERRED) {
            return "只有“不合格,暂缓任用”的成绩可以补考,成绩编号 " + id + " 为“" + earlier.outcome().label() + "”";
        }
        if (!earlier.name().equals(draft.name())) {
            return "补考人员“" + draft.name() + "”与成绩编号 " + id + " 的姓名“" + earlier.name() + "”不一致";
        }
        return null;
    }

    /** addResults names the n-th draft ("第3行:…"); the user needs the spreadsheet's row and column. */
    private static RuntimeException asRowError(ValidationException e, List<Integer> rowOf) {
        RowErrors errors = new RowErrors();
        Matcher m = ROW_PREFIX.matcher(e.getMessage());
        int row = rowOf.get(0);
        String message = e.getMessage();
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            row = n >= 1 && n <= rowOf.size() ? rowOf.get(n - 1) : row;
            message = m.group(2);
        }
        var column = ResultSheet.FIELDS.get(e.field());
        errors.add(row, column == null ? null : column.name(), message);
        return errors.rejection();
    }
}
