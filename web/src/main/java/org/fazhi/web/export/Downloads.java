package org.fazhi.web.export;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.fazhi.sheets.ExportFormat;
import org.fazhi.sheets.TableStream;
import org.fazhi.sheets.TableWriter;

/** A table or a Word document as a file download, named in Chinese for the user and in ASCII for old browsers. */
public final class Downloads {
    private Downloads() {
    }

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** Rows are produced while the answer is sent: check filters and scope before calling this. */
    public static Response of(TableStream table, ExportFormat format) {
        return attachment(out -> TableWriter.write(table, format, out), format.contentType(),
                "export." + format.extension(), table.fileName() + "." + format.extension());
    }

    /**
     * A Word document named after its title ("….docx"), {@code ascii} for old browsers. The body is written
     * while the answer is sent: read what it shows (and check the scope) before calling this.
     */
    public static Response word(StreamingOutput body, String ascii, String title) {
        return attachment(body, DOCX, ascii, title + ".docx");
    }

    private static Response attachment(StreamingOutput body, String type, String ascii, String fileName) {
        String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(body)
                .type(type)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8)
                .build();
    }
}
