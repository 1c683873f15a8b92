package org.fazhi.web.report;

import static org.fazhi.web.report.ReportLedger.SENTENCES_2024;
import static org.fazhi.web.report.ReportLedger.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The report's .docx as the server sends it, opened with POI: its file names, title, parts, the figures and the
 * narrative read back (the 公文 layout is the report module's, checked by its ReportDocxTest).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportDocxTest {
    @AutoClose
    private final TestServer server = new TestServer();
    private final ReportLedger ledger = new ReportLedger(server);

    @BeforeAll
    void start() {
        assertEquals(200, ledger.admin.put("/api/reports/annual/sections?" + query(ledger.county), Map.of("sections", List.of(
                Map.of("key", "measures", "narrative", "一是高位推动。\n二是强化督察。"),
                Map.of("key", "plans", "narrative", "深入推进依法行政。")))).status());
    }

    private HttpResponse<byte[]> download(String path) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .header("Authorization", "Bearer " + ledger.admin.token()).build();
            return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theWordFileCarriesTheTitleFiguresAndNarrativeInTheOfficialLayout() throws IOException {
        HttpResponse<byte[]> r = download("/api/reports/annual.docx?" + query(ledger.county));
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals(ReportDocxResource.DOCX, r.headers().firstValue("Content-Type").orElseThrow());
        String title = "清河县人民政府2024年度法治政府建设工作报告";
        String disposition = r.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.contains("filename=\"annual-report-2024.docx\""), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''" + URLEncoder.encode(title + ".docx", StandardCharsets.UTF_8)),
                disposition);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.body()))) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            List<String> texts = ps.stream().map(XWPFParagraph::getText).toList();
            assertEquals(title, texts.get(0));
            assertEquals("方正小标宋简体", ps.get(0).getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia),
                    "laid out by the report module's ReportDocx");

            int one = texts.indexOf("一、上一年度推进法治政府建设的主要举措和成效");
            int two = texts.indexOf("二、存在的不足和原因");
            int three = texts.indexOf("三、党政主要负责人履行推进法治建设第一责任人职责情况");
            int four = texts.indexOf("四、下一年度推进法治政府建设的主要安排");
            int five = texts.indexOf("五、其他需要报告的情况");
            assertTrue(one > 0 && one < two && two < three && three < four && four < five, texts.toString());
            assertEquals(SENTENCES_2024.subList(0, 4), texts.subList(one + 1, one + 5), "the figures read back");
            assertEquals(SENTENCES_2024.get(6), texts.get(one + 5), "then the 行政复议 figures");
            assertEquals(List.of("一是高位推动。", "二是强化督察。"), texts.subList(one + 6, two));
            assertEquals(SENTENCES_2024.subList(4, 6), texts.subList(three + 1, four));
            assertEquals(List.of("深入推进依法行政。"), texts.subList(four + 1, five));
            assertTrue(texts.get(three + 1).contains("3名党政主要负责人的16项第一责任人职责已完成4项,完成率25.0%"));
            assertEquals("清河县人民政府", texts.get(texts.size() - 2), "signed by the unit");
            assertTrue(texts.get(texts.size() - 1).matches("\\d{4}年\\d{1,2}月\\d{1,2}日"), texts.get(texts.size() - 1));
        }
    }

    @Test
    void thePageLinkServesTheSameFileAndTheScopeHolds() {
        HttpResponse<byte[]> page = download("/reports/annual.docx?" + query(ledger.justice));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().length > 4 && page.body()[0] == 'P' && page.body()[1] == 'K', "a zip (docx) file");
        assertEquals(404, download("/api/reports/annual.docx?year=2024&orgId=999999").statusCode());
        assertEquals(400, download("/api/reports/annual.docx?year=1999&orgId=" + ledger.county.id()).statusCode());
    }
}
