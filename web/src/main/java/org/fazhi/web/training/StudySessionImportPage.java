package org.fazhi.web.training;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.fazhi.training.sheets.SessionSheet;
import org.fazhi.training.sheets.StudySessionImporter;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.imports.ImportPages;
import org.fazhi.web.imports.SheetImportPage;
import org.fazhi.web.pages.PageModel;

/** /study-sessions/import: choose a spreadsheet, upload it, see what was imported or every row error ({@link SheetImportPage}). */
@Path(StudySessionImportPage.PAGE)
@Produces(MediaType.TEXT_HTML)
public final class StudySessionImportPage extends SheetImportPage {
    static final String PAGE = "/study-sessions/import";

    StudySessionImportPage(StudySessionImporter importer) {
        super(PAGE, importer::importFile);
    }

    @Override
    protected PageModel model(CurrentUser user) {
        return ImportPages.model(user, "导入学法记录", "study", "学法记录", "/study-sessions", "返回学法台账",
                "/api/study-sessions/import-template", PAGE, "/api/study-sessions/import",
                String.join("、", SessionSheet.HEADERS),
                "单位、日期、类型、主题必填;列的顺序不限,多出的列不导入。单位填名称,有同名单位时填单位编号;"
                        + "日期如 2024-03-15 或 2024/3/15;多部法律用“、”分隔。Excel 模板的“填写说明”工作表列出了全部学法类型。");
    }
}
