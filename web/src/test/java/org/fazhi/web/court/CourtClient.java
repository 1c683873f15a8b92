package org.fazhi.web.court;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.TestServer;

/**
 * What the court tests share: units, court lists written as CSV (one row per hearing, the import's
 * columns), uploads and downloads as bytes with a bearer token.
 */
final class CourtClient {
    static final String HEADER = "案号,法院,审级,被告单位,案由,立案日期,开庭日期,负责人是否出庭,出庭负责人,职务,负责人类别,是否发言,未出庭理由,委托工作人员";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final TestServer server;

    CourtClient(TestServer server) {
        this.server = server;
    }

    record Res(int status, byte[] body, HttpResponse<byte[]> raw) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text(), e);
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    Org org(String name, OrgKind kind, Org parent) {
        return server.services().orgs().create(Actor.SYSTEM, Org.draft(name, kind, parent == null ? null : parent.id()));
    }

    Res post(Http who, String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Authorization", "Bearer " + who.token()).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Res get(Http who, String path) {
        return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Authorization", "Bearer " + who.token()));
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

    private static Res send(HttpRequest.Builder b) {
        try {
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Res(r.statusCode(), r.body(), r);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** A multipart body as a browser sends it, the file in field {@code file}. */
    static byte[] multipart(String boundary, String fileName, String type, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
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
