package org.fazhi.web.export;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.fazhi.sheets.ExportFormat;
import org.fazhi.sheets.TableStream;
import org.fazhi.sheets.TableWriter;

/** A table as a file download, named in Chinese for the user and in ASCII for old browsers. */
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
        String ascii = "export." + format.extension();
        String utf8 = URLEncoder.encode(table.fileName() + "." + format.extension(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(body)
                .type(format.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8)
                .build();
    }
}
