package org.fazhi.web.court;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.RawClient;
import org.fazhi.web.support.TestServer;

/**
 * What the court tests share: units, court lists written as CSV (one row per hearing, the import's
 * columns), and imports through {@link RawClient}.
 */
final class CourtClient extends RawClient {
    static final String HEADER = "案号,法院,审级,被告单位,案由,立案日期,开庭日期,负责人是否出庭,出庭负责人,职务,负责人类别,是否发言,未出庭理由,委托工作人员";

    private final TestServer server;

    CourtClient(TestServer server) {
        super(server);
        this.server = server;
    }

    Org org(String name, OrgKind kind, Org parent) {
        return server.org(name, kind, parent);
    }

    /** A first-instance 行政处罚 case of {@code unit} for {@code POST} or {@code PUT /api/court-cases}, filed 2024-02-01. */
    static Map<String, Object> caseBody(String caseNo, Org unit) {
        Map<String, Object> m = new HashMap<>();
        m.put("caseNo", caseNo);
        m.put("court", "清河县人民法院");
        m.put("instance", "FIRST");
        m.put("defendantOrgId", unit.id());
        m.put("cause", "行政处罚");
        m.put("filedOn", "2024-02-01");
        return m;
    }

    Res importCsv(Http who, String csv) {
        return post(who, "/api/court-cases/import", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    /** Imports and fails the test unless all rows were stored. */
    JsonNode imported(Http who, String csv) {
        Res r = importCsv(who, csv);
        if (r.status() != 200) {
            throw new AssertionError("import refused: " + r.status() + " " + r.text());
        }
        return r.json();
    }

    /** A court list being written, one hearing per row. */
    static final class Sheet {
        private final List<String> rows = new ArrayList<>();

        /** A hearing at which a head of {@code category} appeared and spoke. */
        Sheet appeared(String caseNo, String instance, String unit, String date, String category) {
            return row(caseNo, instance, unit, date, "是", "王局长", "局长", category, "是", "", "");
        }

        /** A hearing at which no head appeared, for {@code reason}. */
        Sheet absent(String caseNo, String instance, String unit, String date, String reason) {
            return row(caseNo, instance, unit, date, "否", "", "", "", "", reason, "李科员");
        }

        Sheet row(String caseNo, String instance, String unit, String date, String appeared, String head, String position,
                  String category, String spoke, String reason, String staff) {
            rows.add(String.join(",", caseNo, "清河县人民法院", instance, unit, "行政处罚", "", date, appeared, head, position,
                    category, spoke, reason, staff));
            return this;
        }

        /** A raw line, for rows that are wrong on purpose. */
        Sheet line(String line) {
            rows.add(line);
            return this;
        }

        /** {@code n} first-instance cases of {@code unit}, each heard once in {@code year}, the first {@code appeared} with a head. */
        Sheet many(String prefix, String unit, int year, int n, int appeared) {
            for (int i = 0; i < n; i++) {
                String date = year + "-" + String.format("%02d", 1 + i % 12) + "-" + String.format("%02d", 1 + i % 28);
                if (i < appeared) {
                    appeared("(" + year + ")" + prefix + i + "号", "一审", unit, date, "正职(主要负责人)");
                } else {
                    absent("(" + year + ")" + prefix + i + "号", "一审", unit, date, "需履行他人不能代替的公务");
                }
            }
            return this;
        }

        String csv() {
            return HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n";
        }
    }
}
