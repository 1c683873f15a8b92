package org.fazhi.web.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The three imports (study sessions, court cases, test results) fed spoiled files: broken CSV quoting,
 * random bytes, UTF-16 and GBK, shuffled and missing columns, bad cells, cut .xlsx and .xls files, zips and
 * OLE2 files (.doc) that are not workbooks, text posing as .xlsx, empty files, one endless line. Always a 4xx {error, message} in
 * Chinese, never a 5xx, and nothing imported: the audit log and the ledger's counts stay as they were.
 */
@AddLifecycleHook(FixedSeed.class)
class HostileImportProperties {
    private static Ledger ledger;
    private static List<ImportFile> files;

    @BeforeContainer
    static void start() {
        ledger = new Ledger();
        files = files(ledger);
    }

    @AfterContainer
    static void stop() {
        if (ledger != null) {
            ledger.close();
        }
    }

    static List<ImportFile> files(Ledger l) {
        List<List<String>> sessions = new ArrayList<>();
        List<List<String>> cases = new ArrayList<>();
        List<List<String>> results = new ArrayList<>();
        List<List<String>> reconsiderations = new ArrayList<>();
        List<List<String>> questions = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            reconsiderations.add(List.of("清复〔2024〕" + (100 + i) + "号", "申请人" + i, "公民", "清河县司法局", "行政处罚",
                    "2024-05-1" + i, "2024-05-2" + i, "2024-06-2" + i, "维持"));
            sessions.add(List.of("清河县司法局", "2024-04-0" + i, "集体学法", "学习第" + i + "部法律", "宪法", "李华", "30", "9", "9"));
            cases.add(List.of("(2024)清行初" + (100 + i) + "号", "清河县人民法院", "一审", "清河县司法局", "2024-05-1" + i, "是",
                    "张局长", "正职(主要负责人)"));
            questions.add(List.of("单选题", "导入的第" + i + "题:行政复议申请期限是( )。", "十五日", "三十日", "六十日", "C", "2", "易",
                    "中华人民共和国行政复议法"));
            results.add(List.of("考生" + i, "清河县司法局", "科员", "科长", "8" + i, "否"));
        }
        return List.of(
                new ImportFile("/api/study-sessions/import",
                        List.of("单位", "日期", "类型", "主题", "所学法律", "主讲人", "时长(分钟)", "应到人数", "实到人数"),
                        sessions, List.of(0, 1, 2, 6, 7, 8), List.of(0, 1, 2)),
                new ImportFile("/api/court-cases/import",
                        List.of("案号", "法院", "审级", "被告单位", "开庭日期", "负责人是否出庭", "出庭负责人", "负责人类别"),
                        cases, List.of(2, 3, 4, 5), List.of(0, 1, 2, 3, 4, 5)),
                new ImportFile("/api/reconsiderations/import",
                        List.of("案号", "申请人", "申请人类型", "被申请人", "事项类别", "收到申请日期", "受理日期", "决定日期", "决定结果"),
                        reconsiderations, List.of(2, 3, 4, 5, 6, 7, 8), List.of(0, 1, 2, 3, 4, 5)),
                new ImportFile("/api/questions/import",
                        List.of("题型", "题干", "选项A", "选项B", "选项C", "答案", "分值", "难度", "所涉法律法规"),
                        questions, List.of(0, 5, 6, 7), List.of(0, 1, 5, 6)),
                new ImportFile("/api/test-batches/" + l.batch + "/results/import",
                        List.of("姓名", "单位", "现任职务", "拟任职务", "成绩", "是否缺考"), results, List.of(1, 4, 5), List.of(0, 1)),
                new ImportFile("/api/indicator-systems/import",
                        List.of("编码", "上级编码", "指标名称", "评分标准", "分值", "佐证材料", "适用单位", "关联台账指标"),
                        List.of(List.of("1", "", "负责人出庭应诉", "出庭率达到90%得满分", "40", "文件", "政府工作部门", "负责人出庭率;达到90%得满分"),
                                List.of("2", "", "学法计划", "按计划学法", "30", "情况说明", "", "学法计划完成率"),
                                List.of("3", "", "年终述法", "", "30", "文件、链接", "全部", "")),
                        List.of(4, 5, 6, 7), List.of(0, 2, 4)));
    }

    @Property(tries = 150)
    void aSpoiledFileIsRefusedWholeAndImportsNothing(@ForAll("files") ImportFile file, @ForAll ImportFile.Spoil how,
                                                      @ForAll("seeds") long seed) {
        ImportFile.Upload up = file.spoil(how, seed);
        long[] before = counts();
        Raw.Answer a = upload(file, up);
        String context = file.path() + " with " + up + "\n→ " + a;
        String problem = a.problemWithRefusal();
        if (problem != null) {
            throw new AssertionError(problem + ": " + context);
        }
        long[] after = counts();
        if (!java.util.Arrays.equals(before, after)) {
            throw new AssertionError("refused, yet counts went from " + java.util.Arrays.toString(before) + " to "
                    + java.util.Arrays.toString(after) + ": " + context);
        }
    }

    /** The unspoiled files import, so every refusal above is the spoiling's doing. */
    @Example
    void theUnspoiledFilesImport() {
        try (Ledger fresh = new Ledger()) {
            for (ImportFile f : files(fresh)) {
                Raw.Answer csv = Raw.send(fresh.server.baseUrl(), fresh.admin.token(), "POST", f.path(), ImportFile.CSV, f.validCsv());
                assertEquals(200, csv.status(), f.path() + " csv: " + csv);
            }
        }
        try (Ledger fresh = new Ledger()) {
            for (ImportFile f : files(fresh)) {
                Raw.Answer xlsx = Raw.send(fresh.server.baseUrl(), fresh.admin.token(), "POST",
                        f.path() + "?fileName=x.xlsx", ImportFile.XLSX, f.validXlsx());
                assertEquals(200, xlsx.status(), f.path() + " xlsx: " + xlsx);
            }
        }
    }

    private static Raw.Answer upload(ImportFile file, ImportFile.Upload up) {
        String sep = file.path().contains("?") ? "&" : "?";
        return Raw.send(ledger.server.baseUrl(), ledger.admin.token(), "POST",
                file.path() + sep + "fileName=" + URLEncoder.encode(up.fileName(), StandardCharsets.UTF_8), up.contentType(), up.body());
    }

    /** Audit entries, study sessions, court cases, results of the batch. */
    private static long[] counts() {
        return new long[] {ledger.auditTotal(), total("/api/study-sessions?limit=1"), total("/api/court-cases?limit=1"),
                Ledger.ok(ledger.admin.get("/api/test-batches/" + ledger.batch + "/results")).size()};
    }

    private static long total(String path) {
        var r = ledger.admin.get(path);
        return Long.parseLong(r.header("X-Total-Count"));
    }

    @Provide
    Arbitrary<ImportFile> files() {
        return Arbitraries.of(files);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }
}
