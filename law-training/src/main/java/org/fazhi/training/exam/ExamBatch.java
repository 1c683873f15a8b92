package org.fazhi.training.exam;

import java.time.LocalDate;
import org.fazhi.model.Checks;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;
import org.fazhi.model.time.Years;

/** A 批次 of 任前法律知识测试: organised by a unit on a date, one paper, one pass mark. */
public record ExamBatch(Long id, long orgId, LocalDate date, Track track, String paper, int fullMark, int passMark,
                        ExamMode mode, String title, int version) {
    public static final int DEFAULT_FULL_MARK = 100;
    public static final int DEFAULT_PASS_MARK = 60;

    public ExamBatch {
        final long rawOrg = orgId;
        final LocalDate rawDate = date;
        final String rawPaper = paper;
        final String rawTitle = title;
        final int full = fullMark;
        final int pass = passMark;
        FieldErrors errors = new FieldErrors();
        errors.run(() -> {
            if (rawOrg <= 0) {
                throw new ValidationException("orgId", "组织单位不能为空");
            }
        });
        errors.run(() -> {
            Checks.required(rawDate, "date", "测试日期");
            Years.check(rawDate.getYear(), "date");
        });
        errors.check(() -> Checks.required(track, "track", "测试类别"));
        paper = errors.check(() -> Checks.optionalText(rawPaper, "paper", "试卷", 10));
        title = errors.check(() -> Checks.optionalText(rawTitle, "title", "批次名称", 60));
        errors.run(() -> {
            if (full < 1 || full > 1000) {
                throw new ValidationException("fullMark", "满分应在1到1000之间");
            }
        });
        errors.run(() -> {
            if (pass < 1 || pass > full) {
                throw new ValidationException("passMark", "及格线应大于0且不超过满分");
            }
        });
        errors.throwIfAny();
        if (mode == null) {
            mode = ExamMode.WRITTEN;
        }
    }
}
