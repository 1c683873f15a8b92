package org.fazhi.web.duties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.fazhi.model.account.Role;
import org.fazhi.model.person.Person;
import org.fazhi.web.support.CountyLeaders;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.RawClient;
import org.fazhi.web.support.TestServer;

/**
 * The real server with a small county ({@link CountyLeaders}) and its accounts, for the duty API tests.
 * Each test plans a year of its own, so tests never see each other's changes:
 *
 * <pre>
 * 清河县人民政府: 王县长 (PRINCIPAL)
 * ├── 县司法局: 张局长 (PRINCIPAL), 李副局长 (DEPUTY)      accounts: justice-clerk (organiser, 县司法局)
 * └── 县财政局: 钱局长 (PRINCIPAL)                          county-office (organiser, 清河县), reader (viewer)
 * </pre>
 */
final class DutyServer extends CountyLeaders implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    final Http clerk;
    final Http office;
    final Http reader;

    DutyServer() {
        super(new TestServer());
        try {
            server.createUser("justice-clerk", Role.ORGANISER, justice.id());
            server.createUser("county-office", Role.ORGANISER, county.id());
            server.createUser("reader", Role.VIEWER, null);
            clerk = server.login("justice-clerk");
            office = server.login("county-office");
            reader = server.login("reader");
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * Plans a year for the whole ledger as the admin (the county's principal × 7 duties, the 司法局's and
     * the 财政局's × 5: no 政府常务会议 duties) and fails unless it did.
     */
    void plan(int year) {
        Http.Res r = admin.post("/api/duty-plans", Map.of("year", year));
        if (r.status() != 201 || r.json().get("created").asInt() != 17) {
            throw new AssertionError("plan " + year + ": " + r.status() + " " + r.body());
        }
    }

    /** The item of a leader, year and duty code, as the admin reads it. */
    JsonNode item(Person p, int year, String code) {
        Http.Res r = admin.get("/api/duties?year=" + year + "&personId=" + p.id() + "&code=" + code);
        if (r.status() != 200 || r.json().size() != 1) {
            throw new AssertionError("item " + p.name() + " " + year + " " + code + ": " + r.body());
        }
        return r.json().get(0);
    }

    long itemId(Person p, int year, String code) {
        return item(p, year, code).get("id").asLong();
    }

    /** PUT the status (and reason) as the admin, at the version just read. */
    JsonNode setStatus(Person p, int year, String code, String status, String reason) {
        JsonNode i = item(p, year, code);
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("status", status);
        body.put("naReason", reason);
        body.put("version", i.get("version").asInt());
        Http.Res r = admin.put("/api/duties/" + i.get("id").asLong(), body);
        if (r.status() != 200) {
            throw new AssertionError("PUT " + code + ": " + r.status() + " " + r.body());
        }
        return r.json();
    }

    // ---- raw bytes, for uploads and downloads ----

    HttpResponse<byte[]> send(Http who, String method, String path, String type, byte[] body) {
        return new RawClient(server).send(who.token(), method, path, type, body);
    }

    /** A multipart form with text fields and one file field {@code file}, as a browser sends it. */
    HttpResponse<byte[]> multipart(Http who, String path, Map<String, String> fields, String fileName, String fileType,
                                   byte[] file) {
        String boundary = "----fazhi" + System.nanoTime();
        return send(who, "POST", path, "multipart/form-data; boundary=" + boundary,
                RawClient.multipart(boundary, fields, fileName, fileType, file));
    }

    static JsonNode json(HttpResponse<byte[]> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + new String(r.body(), StandardCharsets.UTF_8), e);
        }
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
    }
}
