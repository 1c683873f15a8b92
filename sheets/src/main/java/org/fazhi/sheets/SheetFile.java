package org.fazhi.sheets;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A spreadsheet file to import: its bytes, the name the user gave it and the content type it was
 * declared with, which is only a hint: the bytes decide (see {@link SheetReader}).
 */
public record SheetFile(byte[] bytes, String fileName, String contentType) {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Old Excel 97-2003 (.xls), read when its bytes are an OLE2 workbook (CSV files are sent under this type too). */
    public static final String XLS = "application/vnd.ms-excel";

    public SheetFile {
        bytes = bytes == null ? new byte[0] : bytes;
    }

    /** A file known only by its bytes and name (the name, if it ends in .xlsx, marks it as a workbook). */
    public static SheetFile of(byte[] bytes, String fileName) {
        return new SheetFile(bytes, fileName, null);
    }

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    public long size() {
        return bytes.length;
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when the sender said it is an .xlsx (by content type or file name). */
    public boolean declaredXlsx() {
        String t = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String n = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return t.startsWith(XLSX) || n.endsWith(".xlsx");
    }
}
