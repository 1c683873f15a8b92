package org.fazhi.web.court;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.Json;
import org.fazhi.web.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Court lists in and out of spreadsheets over real HTTP, for the classes that test them by feature
 * (CourtImportColumnsTest, CourtImportFormatsTest, CourtExportTest): one server per class, and the builders
 * and readers they share.
 */
abstract class CourtImportExportCase {
    /** The optional columns after the 14 of docs/API.md, as the export and template write them. */
    static final String EXTRA = "通知书送达日期,仅委托律师,未出庭情况,裁判结果,行政管理领域,共同被告";
    static final String FULL_HEADER = CourtClient.HEADER + "," + EXTRA;
    static final AtomicInteger SEQ = new AtomicInteger();
    static final ObjectMapper JSON = new ObjectMapper();
    static TestServer server;
    static Http admin;
    static CourtClient client;
    static Org county;

    @BeforeAll
    static void start() {
        server = new TestServer();
        admin = server.login(TestServer.ADMIN);
        client = new CourtClient(server);
        county = client.org("导入测试县人民政府", OrgKind.COUNTY_GOV, null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Org unit(String name) {
        return client.org(name + SEQ.incrementAndGet(), OrgKind.DEPARTMENT, county);
    }

    static String total(Org unit) {
        return admin.get("/api/court-cases?orgId=" + unit.id()).header("X-Total-Count");
    }

    /** The errors of a refused import as "row|column" strings, in order. */
    static List<String> errorCells(CourtClient.Res r) {
        assertEquals(400, r.status(), r.text());
        assertEquals("INVALID", r.json().get("error").asText(), r.text());
        return Json.cells(r.json().get("errors"));
    }

    /**
     * A court list with any columns in any order: each row is given as column → value pairs, the rest
     * of the header's cells are left empty.
     */
    static final class Wide {
        private final List<String> header;
        private final List<String> rows = new ArrayList<>();

        Wide(String... header) {
            this.header = List.of(header);
        }

        Wide row(String... pairs) {
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                if (!header.contains(pairs[i])) {
                    throw new IllegalArgumentException("no column " + pairs[i]);
                }
                cells.put(pairs[i], pairs[i + 1]);
            }
            rows.add(String.join(",", header.stream().map(h -> cells.getOrDefault(h, "")).toList()));
            return this;
        }

        String csv() {
            return String.join(",", header) + "\r\n" + String.join("\r\n", rows) + "\r\n";
        }
    }

    /** The contract's columns and the optional ones, shuffled: headers may come in any order. */
    static Wide wide() {
        return new Wide("裁判结果", "案号", "审级", "共同被告", "法院", "被告单位", "开庭日期", "通知书送达日期", "负责人是否出庭",
                "出庭负责人", "职务", "负责人类别", "是否发言", "未出庭理由", "委托工作人员", "仅委托律师", "行政管理领域", "案由", "立案日期");
    }

    /** The pairs of a hearing of a first-instance case of {@code unit} in 清河县人民法院 at which no head appeared. */
    static String[] absentRow(String caseNo, Org unit, String date, String... more) {
        List<String> pairs = new ArrayList<>(List.of("案号", caseNo, "审级", "一审", "法院", "清河县人民法院", "被告单位", unit.name(),
                "开庭日期", date, "负责人是否出庭", "否", "未出庭理由", "无正当理由"));
        pairs.addAll(List.of(more));
        return pairs.toArray(new String[0]);
    }

    static JsonNode onlyCase(Org unit) {
        JsonNode cases = admin.get("/api/court-cases?orgId=" + unit.id()).json();
        assertEquals(1, cases.size(), cases.toString());
        return cases.get(0);
    }

    static JsonNode hearingsOf(Http who, JsonNode courtCase) {
        return who.get("/api/court-cases/" + courtCase.get("id").asLong() + "/hearings").json();
    }

    /** The fields of the rates compared after a round trip: 出庭率 and its kin, and 败诉率 with its counts. */
    static final List<String> RATE_FIELDS = List.of("denominator", "heard", "appeared", "rate", "rateText",
            "principalRate", "spokeRate", "noShows", "lost", "concluded", "lossRate", "lossRateText");

    /** The county's rates for 2023 and 2024 under each denominator, as JSON text by "denominator year". */
    static Map<String, String> rates(Http who, long countyId) {
        Map<String, String> out = new TreeMap<>();
        try {
            for (String denominator : List.of("HEARD", "NOTIFIED")) {
                assertEquals(200, who.put("/api/settings/court", Map.of("denominator", denominator)).status());
                for (int year : new int[] {2023, 2024}) {
                    out.put(denominator + " " + year, who.get("/api/court-appearance?year=" + year + "&orgId=" + countyId).body());
                }
            }
        } finally {
            who.put("/api/settings/court", Map.of("denominator", "HEARD"));
        }
        return out;
    }

    /**
     * Every case of the county by 案号 and 审级 with its outcome, field and co-defendants, and every hearing
     * with its notice date, lawyer-only mark and warnings (the <3-day notice among them).
     */
    static Map<String, String> ledger(Http who, long countyId) {
        Map<String, String> out = new TreeMap<>();
        for (JsonNode k : who.get("/api/court-cases?orgId=" + countyId).json()) {
            String key = k.get("caseNo").asText() + " " + k.get("instance").asText();
            out.put(key, k.get("outcome").asText() + "|" + k.get("adminField").asText() + "|" + k.get("coDefendants").asText());
            for (JsonNode h : hearingsOf(who, k)) {
                out.put(key + " " + h.get("date").asText(), h.get("notified").asText() + "|" + h.get("lawyerOnly").asBoolean()
                        + "|" + h.get("warnings"));
            }
        }
        return out;
    }

    /** Instances of the round-trip ledger concluded with a hearing in 2024 (counted by hand, see below). */
    static final int CONCLUDED_2024 = 3;

    static long lateNotices(Map<String, String> ledger) {
        return ledger.values().stream().filter(v -> v.contains("送达,少于法定的3日")).count();
    }

    /** The 填写说明 sheet of a template, one note a line. */
    static List<String> notesOf(byte[] body) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            return wb.findSheet("填写说明").orElseThrow().read().stream().map(r -> r.getCell(0).getText()).toList();
        }
    }

    static List<List<String>> readXlsx(byte[] body) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            return wb.getFirstSheet().read().stream()
                    .map(r -> r.stream().map(c -> c == null ? "" : c.getText()).toList()).toList();
        }
    }
}
