package org.fazhi.web.reconsideration;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.fazhi.reconsideration.sheets.CaseSheet;
import org.fazhi.reconsideration.sheets.CaseSheets;
import org.fazhi.sheets.Column;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.imports.ImportCounts;
import org.fazhi.web.imports.ImportPages;
import org.fazhi.web.imports.SheetImportPage;
import org.fazhi.web.pages.PageModel;

/** /reconsiderations/import: the generic import page ({@link SheetImportPage}) for the 行政复议 ledger. */
@Path(ReconsiderationImportPage.PAGE)
@Produces(MediaType.TEXT_HTML)
public final class ReconsiderationImportPage extends SheetImportPage {
    static final String PAGE = "/reconsiderations/import";

    ReconsiderationImportPage(CaseSheets sheets) {
        super(PAGE, ImportCounts.imported(ReconsiderationTransfer.importer(sheets)));
    }

    @Override
    protected PageModel model(CurrentUser user) {
        return ImportPages.model(user, "导入行政复议案件", "reconsideration", "行政复议案件(每行一件)", ReconsiderationPages.BASE,
                "返回行政复议台账", "/api/reconsiderations/import-template", PAGE, "/api/reconsiderations/import",
                String.join("、", CaseSheet.COLUMNS.stream().map(Column::name).toList()),
                "案号、申请人、申请人类型、被申请人、事项类别、收到申请日期不能缺少;被申请人填单位名称,有同名单位时填单位编号。"
                        + "尚未受理的受理日期留空,不予受理的填写不予受理理由;已结案的同时填写决定日期和决定结果。"
                        + "案号已登记的行按文件更新该案件(被申请人须相同),未变化的行不改动。");
    }
}
