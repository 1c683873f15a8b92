package org.fazhi.sheets;

/**
 * The file an import's rows came from, as its audit entry and the import history keep it: the name the
 * user gave it (blank becomes "(未命名)", at most 200 characters are kept), its SHA-256 and its size.
 */
public record ImportSource(String fileName, String sha256, long size) {
    public static final int NAME_MAX = 200;

    public ImportSource {
        fileName = fileName == null || fileName.isBlank() ? "(未命名)" : fileName.strip();
        if (fileName.length() > NAME_MAX) {
            fileName = fileName.substring(0, NAME_MAX) + "…";
        }
    }

    /** The source of an uploaded sheet. */
    public static ImportSource of(SheetFile file) {
        return new ImportSource(file.fileName(), file.sha256(), file.size());
    }
}
