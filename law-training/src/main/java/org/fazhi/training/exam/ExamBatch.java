package org.fazhi.training.exam;

import java.time.LocalDate;
import org.fazhi.model.Checks;
import org.fazhi.model.FieldErrors;

/** A 批次 of 任前法律知识测试: organised by a unit on a date, one paper, one pass mark. */
public record ExamBatch(Long id, long orgId, LocalDate date, Track track, String paper, int fullMark, int passMark,
                        ExamMode mode, String title, int version) {
    public static final int DEFAULT_FULL_MARK = 100;
    public static final int DEFAULT_PASS_MARK = 60;

    public ExamBatch {
        FieldErrors errors = new FieldErrors();
        errors.check(() -> Checks.requiredRef(orgId, "orgId", "组织单位"));
        errors.check(() -> Checks.requiredDate(date, "date", "测试日期"));
        errors.check(() -> Checks.required(track, "track", "测试类别"));
        paper = errors.check(paper, v -> Checks.optionalText(v, "paper", "试卷", 10));
        title = errors.check(title, v -> Checks.optionalText(v, "title", "批次名称", 60));
        errors.refuseIf(fullMark < 1 || fullMark > 1000, "fullMark", "满分应在1到1000之间");
        errors.refuseIf(passMark < 1 || passMark > fullMark, "passMark", "及格线应大于0且不超过满分");
        errors.throwIfAny();
        if (mode == null) {
            mode = ExamMode.WRITTEN;
        }
    }
}
