package org.fazhi.web.court;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.fazhi.duty.sheets.CourtImporter;
import org.fazhi.duty.sheets.CourtSheet;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.imports.ImportPages;
import org.fazhi.web.imports.SheetImportPage;
import org.fazhi.web.pages.PageModel;

/** /court-cases/import: the generic import page ({@link SheetImportPage}) for court lists. */
@Path(CourtImportPage.PAGE)
@Produces(MediaType.TEXT_HTML)
public final class CourtImportPage extends SheetImportPage {
    static final String PAGE = "/court-cases/import";

    CourtImportPage(CourtImporter importer) {
        super(PAGE, (actor, file, force) -> importer.importFile(actor, file, force).imported());
    }

    @Override
    protected PageModel model(CurrentUser user) {
        return ImportPages.model(user, "导入出庭应诉记录", "court", "出庭应诉记录(每行一次开庭)", "/court-cases", "返回出庭应诉台账",
                "/api/court-cases/import-template", PAGE, "/api/court-cases/import", columns(),
                "每行一次开庭,案号和审级相同的多行是同一案件的多次开庭;只登记案件时开庭日期及其后各列留空。"
                        + "被告单位填名称,有同名单位时填单位编号;审级、负责人类别、未出庭理由、裁判结果可填中文名称;"
                        + "是否出庭、是否发言、仅委托律师填“是”或“否”。"
                        + "可选列可以整列删去,只有前14列的文件照常导入;按通知出庭计算出庭率、通知书送达不足3日的提示和败诉率要用到可选列。"
                        + "裁判结果、行政管理领域、共同被告是案件的信息,同一案件各行应一致(可只填一行)。"
                        + "已登记的案件只追加开庭记录,同一天已有的开庭记录不重复导入;其裁判结果为“未结”的按文件补登,"
                        + "已有其他结果的文件中须相同或留空,不同则整个文件不导入(更正请到案件页面)。");
    }

    /** The contract's columns, then the optional ones marked as such. */
    private static String columns() {
        return String.join("、", CourtSheet.CONTRACT.stream().map(c -> c.name()).toList()) + ";可选列:"
                + String.join("、", CourtSheet.EXTRA.stream().map(c -> c.name()).toList());
    }
}
