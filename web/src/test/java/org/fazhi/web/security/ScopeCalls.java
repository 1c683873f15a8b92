package org.fazhi.web.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.fazhi.web.support.Forms;
import org.fazhi.web.support.Http;
import org.fazhi.web.support.RawClient;

/**
 * The scope sweeps' clients: the organiser and the viewer scoped to 司法局, over the JSON API (bearer
 * token) and over the pages (a browser session with its CSRF token); the answers read as text, with
 * spreadsheets and .docx files unzipped so a unit's name inside them can be found.
 */
final class ScopeCalls implements AutoCloseable {
    static final String ORGANISER = "organiser";
    static final String VIEWER = "viewer";
    /** The admin, who may write anywhere: a refusal it gets is a rule's, not the scope's. */
    static final String ADMIN = "admin";

    final Ledger l;
    /** A 司法局 sub-unit, for moving a unit the organiser may edit (its own root it may not re-parent). */
    final long office;
    private final Http organiserPages;
    private final Http viewerPages;
    private Http adminPages;

    /** An answer: its status and its text (a zip's entries' text concatenated). */
    record Answer(int status, String text, String location) {
        /** The mark of the unit the answer shows, if it shows the sibling's or the parent's; else null. */
        String leak() {
            return text.contains(Ledger.SIBLING_MARK) ? "the sibling unit (" + Ledger.SIBLING_MARK + ")"
                    : text.contains(Ledger.COUNTY_MARK) ? "the parent county (" + Ledger.COUNTY_MARK + ")" : null;
        }

        /** As {@link #leak()}, allowing each mark {@code allowed} times (an echo of what the request typed). */
        String leakBeyond(int allowed) {
            for (String mark : new String[] {Ledger.SIBLING_MARK, Ledger.COUNTY_MARK}) {
                if (text.split(java.util.regex.Pattern.quote(mark), -1).length - 1 > allowed) {
                    return "more than the typed name of " + mark;
                }
            }
            return null;
        }

        /** A write the server took: 2xx, or a form's redirect to anywhere but an error. */
        boolean accepted() {
            return (status >= 200 && status < 300 || status == 303) && (location == null || !location.contains("error"));
        }

        String shortText() {
            return status + " " + text.substring(0, Math.min(300, text.length())).replaceAll("\\s+", " ");
        }

        /** For a failure message: what the answer shows of another unit ({@code leak}, null for nothing) and its start. */
        String told(String leak) {
            return (leak != null ? "shows " + leak + ": " : "") + shortText();
        }
    }

    ScopeCalls() {
        l = new Ledger();
        office = l.admin.post("/api/orgs", Map.of("name", "司法所" + Ledger.TEXT.substring(0, 10), "kind", "UNIT",
                "parentId", l.justice.org.id())).json().get("id").asLong();
        organiserPages = Forms.signedIn(l.server, "justice-organiser");
        viewerPages = Forms.signedIn(l.server, "justice-viewer");
    }

    Http api(String who) {
        return who.equals(ADMIN) ? l.admin : who.equals(ORGANISER) ? l.organiser : l.viewer;
    }

    Http pages(String who) {
        if (who.equals(ADMIN)) {
            if (adminPages == null) {
                adminPages = Forms.signedIn(l.server, org.fazhi.web.support.TestServer.ADMIN);
            }
            return adminPages;
        }
        return who.equals(ORGANISER) ? organiserPages : viewerPages;
    }

    /** A GET through the API (paths under /api) or the browser session (pages and their downloads). */
    Answer get(String who, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(l.server.baseUrl() + path)).GET();
        HttpClient client = HttpClient.newHttpClient();
        if (path.startsWith("/api/")) {
            b.header("Authorization", "Bearer " + api(who).token());
        } else {
            client = pages(who).client();
        }
        try {
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), text(r.body()), r.headers().firstValue("Location").orElse(null));
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    Answer post(String who, String path, Object json) {
        return of(api(who).post(path, json));
    }

    Answer put(String who, String path, Object json) {
        return of(api(who).put(path, json));
    }

    /** A whole-body upload through the API. */
    Answer upload(String who, String path, String type, byte[] body) {
        return of(l.send(api(who).token(), "POST", path, type, body));
    }

    /** A form post of the pages, with the session's own CSRF token. */
    Answer form(String who, String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", Forms.csrf(pages(who).get("/").body()));
        return of(pages(who).form(path, all));
    }

    /** An upload form of the pages (multipart, the token in the address as the pages send it). */
    Answer multipart(String who, String path, String fileName, byte[] file, Map<String, String> fields) {
        Http as = pages(who);
        String csrf = Forms.csrf(as.get("/").body());
        String boundary = "----scope" + System.nanoTime();
        return of(as.multipart(path + (path.contains("?") ? "&" : "?") + "_csrf=" + csrf, boundary,
                RawClient.multipart(boundary, fields, fileName, "application/octet-stream", file)));
    }

    /** What the admin reads at an API path (the current record, for an update built from it). */
    JsonNode current(String path) {
        Http.Res r = l.admin.get(path);
        if (r.status() != 200) {
            throw new AssertionError(path + " → " + r.status() + " " + r.body());
        }
        return r.json();
    }

    /**
     * What the ledger holds, as one string: the audit log's size (every change is audited in its own
     * transaction) and the size of every kind of record, so a refused write that wrote anything shows.
     */
    String fingerprint() {
        StringBuilder s = new StringBuilder("audit=" + l.auditCount());
        for (String list : new String[] {"/api/orgs", "/api/people", "/api/study-sessions", "/api/test-batches",
                "/api/law-reports", "/api/rectifications", "/api/court-cases", "/api/duties?year=2023",
                "/api/duties?year=2024", "/api/users"}) {
            Http.Res r = l.admin.get(list + (list.contains("?") ? "&" : "?") + "limit=1");
            s.append(' ').append(list).append('=').append(r.header("X-Total-Count") != null ? r.header("X-Total-Count")
                    : String.valueOf(r.json().size()));
        }
        s.append(" results=").append(l.admin.get("/api/test-batches/" + l.justice.batch + "/results").json().size());
        return s.toString();
    }

    /** Null when the ledger's {@link #fingerprint()} is still {@code before}; else what a refused {@code what} wrote. */
    String wroteSince(String before, String what) {
        String after = fingerprint();
        return before.equals(after) ? null : what + " wrote something although refused:\n  before " + before + "\n  after  " + after;
    }

    private static Answer of(Http.Res r) {
        return new Answer(r.status(), r.body(), r.header("Location"));
    }

    /** The body as text; a zip (xlsx, docx) as its entries' text. */
    static String text(byte[] body) {
        if (body.length < 4 || body[0] != 'P' || body[1] != 'K') {
            return new String(body, StandardCharsets.UTF_8);
        }
        StringBuilder out = new StringBuilder();
        try {
            // A streamed xlsx has its sizes after each entry, which ZipInputStream cannot read: ZipFile reads the directory.
            java.nio.file.Path tmp = java.nio.file.Files.createTempFile("scope", ".zip");
            try {
                java.nio.file.Files.write(tmp, body);
                try (ZipFile zip = new ZipFile(tmp.toFile())) {
                    for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                        out.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                    }
                }
            } finally {
                java.nio.file.Files.delete(tmp);
            }
        } catch (IOException e) {
            throw new AssertionError("an unreadable zip", e);
        }
        return out.toString();
    }

    @Override
    public void close() {
        l.close();
    }
}
