package org.fazhi.web.export;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.fazhi.sheets.ExportFormat;
import org.fazhi.sheets.TableStream;
import org.fazhi.sheets.TableWriter;
import org.fazhi.storage.files.ContentType;

/** Files as downloads, named in Chinese for the user (RFC 5987 {@code filename*}) and in ASCII for old browsers. */
public final class Downloads {
    private Downloads() {
    }

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /**
     * A Word document named after its title ("….docx") for the user, {@code asciiName} for old browsers.
     * The body is written while the answer is sent: read what it shows (and check the scope) first.
     */
    public static Response word(StreamingOutput body, String asciiName, String title) {
        String utf8 = URLEncoder.encode(title + ".docx", StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(body).type(DOCX)
                .header("Content-Disposition", "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + utf8)
                .build();
    }

    /** Rows are produced while the answer is sent: check filters and scope before calling this. */
    public static Response of(TableStream table, ExportFormat format) {
        StreamingOutput body = out -> TableWriter.write(table, format, out);
        return Response.ok(body)
                .type(format.contentType())
                .header("Content-Disposition", attachment("export." + format.extension(), table.fileName() + "." + format.extension()))
                .build();
    }

    /**
     * A stored upload (学法材料, 佐证材料) with the type found when it was uploaded: images and PDF open in
     * the browser, others download; sandboxed, so an uploaded page can run nothing.
     */
    public static Response stored(File file, ContentType type, String asciiName, String name, String sha256) {
        return Response.ok(file, type.mime())
                .header("Content-Disposition", disposition(type.inline() ? "inline" : "attachment", asciiName, name))
                .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; media-src 'self'")
                .header("X-Content-SHA256", sha256)
                .build();
    }

    /** A Content-Disposition that downloads: {@code name} for the user, {@code asciiName} for old browsers. */
    public static String attachment(String asciiName, String name) {
        return disposition("attachment", asciiName, name);
    }

    private static String disposition(String kind, String asciiName, String name) {
        String utf8 = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return kind + "; filename=\"" + asciiName + "\"; filename*=UTF-8''" + utf8;
    }
}
