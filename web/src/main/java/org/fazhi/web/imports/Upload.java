package org.fazhi.web.imports;

import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.sheets.ImportProblem;
import org.fazhi.sheets.ImportRejected;
import org.fazhi.sheets.SheetFile;
import org.fazhi.sheets.TextDecoding;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;

/**
 * An uploaded spreadsheet: its bytes (the body limit keeps them to the import limit), the name the
 * user gave it and the content type the client declared, which is only a hint: the bytes decide.
 */
public record Upload(byte[] bytes, String fileName, String contentType) {
    public static final String XLSX = SheetFile.XLSX;
    /** Old Excel 97-2003 (.xls); Windows browsers also send CSV files under this type, so the bytes decide. */
    public static final String XLS = SheetFile.XLS;

    /** Content types a raw upload may declare: .xlsx, .xls ("application/vnd.ms-excel", which Windows browsers put on CSV files too) and CSV. */
    private static final Set<String> RAW_TYPES = Set.of(XLSX, "text/csv", "text/plain",
            "text/comma-separated-values", "text/tab-separated-values", "application/csv", "application/x-csv",
            XLS, "application/octet-stream");
    /** The API's refusal of a multipart form without the file. */
    public static final String MISSING_FIELD = "请选择要导入的文件(表单字段 file)";
    private static final Pattern STAR_NAME = Pattern.compile("(?i)filename\\*\\s*=\\s*UTF-8''([^;\\s]+)");
    private static final Pattern PLAIN_NAME = Pattern.compile("(?i)filename\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))");

    public static Upload of(InputStream body, String fileName, MediaType type) {
        try (InputStream in = body) {
            return new Upload(in == null ? new byte[0] : in.readAllBytes(), fileName, type == null ? null : type.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A spreadsheet sent as the whole request body. Its name comes from {@code ?fileName=} or the
     * request's Content-Disposition header, when the client gives one.
     *
     * @throws ImportRejected 415 for JSON, forms and other bodies that cannot be a spreadsheet
     */
    public static Upload fromBody(InputStream body, MediaType type, String fileNameParam, String contentDisposition) {
        if (type != null && !RAW_TYPES.contains((type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT))) {
            throw new ImportRejected(new ImportProblem(ImportRejected.UNSUPPORTED,
                    "请上传 .xlsx、.xls 或 CSV 文件(Content-Type 应为 " + XLSX + "、" + XLS + " 或 text/csv;网页上传用 multipart/form-data 的 file 字段)",
                    "file", null));
        }
        String name = fileNameParam != null && !fileNameParam.isBlank() ? fileNameParam : dispositionName(contentDisposition);
        return of(body, repairName(name), type);
    }

    /** The {@code file} field of a multipart form; null when the form has none. */
    public static Upload of(FormDataBodyPart part) {
        if (part == null) {
            return null;
        }
        String name = part.getContentDisposition() == null ? null : part.getContentDisposition().getFileName();
        return of(part.getValueAs(InputStream.class), repairName(name), part.getMediaType());
    }

    /** The {@code file} field of a multipart form as the modules' imports take it; refused with {@code missing} when the form has none. */
    public static SheetFile required(FormDataBodyPart part, String missing) {
        Upload upload = of(part);
        if (upload == null) {
            throw ImportProblem.file(missing);
        }
        return upload.file();
    }

    /** The file, for the modules' imports. */
    public SheetFile file() {
        return new SheetFile(bytes, fileName, contentType);
    }

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    public long size() {
        return bytes.length;
    }

    public String sha256() {
        return file().sha256();
    }

    /** filename*=UTF-8''… (RFC 6266) or filename="…" of a Content-Disposition header. */
    static String dispositionName(String header) {
        if (header == null) {
            return null;
        }
        Matcher star = STAR_NAME.matcher(header);
        if (star.find()) {
            try {
                return URLDecoder.decode(star.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        Matcher plain = PLAIN_NAME.matcher(header);
        if (plain.find()) {
            return plain.group(1) != null ? plain.group(1) : plain.group(2);
        }
        return null;
    }

    /**
     * Browsers send a file name's UTF-8 bytes raw in the multipart header, which the parser may read
     * as ISO-8859-1 ("å­¦æ³.csv"); this turns such a name back into "学法.csv". A path is cut to its
     * last part (old Internet Explorer sends "C:\…\学法.csv").
     */
    static String repairName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name;
        if (n.chars().allMatch(c -> c < 0x100) && n.chars().anyMatch(c -> c >= 0x80)) {
            byte[] raw = n.getBytes(StandardCharsets.ISO_8859_1);
            if (TextDecoding.isUtf8(raw, 0)) {
                n = new String(raw, StandardCharsets.UTF_8);
            }
        }
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        return n.substring(slash + 1).strip();
    }
}
