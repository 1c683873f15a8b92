package org.fazhi.web.onlineexam;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.fazhi.onlineexam.sheets.QuestionSheet;
import org.fazhi.onlineexam.sheets.QuestionSheets;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.imports.ImportCounts;
import org.fazhi.web.imports.ImportPages;
import org.fazhi.web.imports.SheetImportPage;
import org.fazhi.web.pages.PageModel;

/** /questions/import: the generic import page ({@link SheetImportPage}) for the question bank. */
@Path(QuestionImportPage.PAGE)
@Produces(MediaType.TEXT_HTML)
public final class QuestionImportPage extends SheetImportPage {
    static final String PAGE = "/questions/import";

    QuestionImportPage(QuestionSheets sheets) {
        super(PAGE, ImportCounts.imported(QuestionTransfer.importer(sheets)));
    }

    @Override
    protected PageModel model(CurrentUser user) {
        return ImportPages.model(user, "导入试题", "questions", "试题(每行一道)", QuestionPages.BASE, "返回题库",
                "/api/questions/import-template", PAGE, "/api/questions/import", String.join("、", QuestionSheet.HEADERS),
                "题型、题干、答案、分值不能缺少。单选题、多选题从选项A起填写2到8个选项,判断题和案例分析题不填选项;"
                        + "答案:单选题一个字母,多选题两个以上字母(如 ACD),判断题“对”或“错”,案例分析题填参考答案。"
                        + "所涉法律法规多部用“、”或“;”分隔。题型和题干都相同的试题视为同一道题,按文件更新,未变化的不改动。");
    }
}
