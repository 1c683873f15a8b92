package org.fazhi.storage.files;

import java.util.regex.Pattern;

/**
 * What a module keeps in a {@link FileStore}: the store's folder under {@code attachments/} and a query
 * that lists the SHA-256 of every file its rows point at. Each module declares its own, beside its
 * tables, so a backup copies exactly the files a database snapshot needs without storage knowing any
 * module's table names.
 *
 * @param folder the store's folder under {@code attachments/}, e.g. {@code study}
 * @param query  one column of hashes, e.g. {@code SELECT sha256 FROM study_attachments}; nulls are skipped
 */
public record ReferencedFiles(String folder, String query) {
    public static final Pattern FOLDER = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    public ReferencedFiles {
        if (folder == null || !FOLDER.matcher(folder).matches()) {
            throw new IllegalArgumentException("attachment folder must be lower-case letters, digits or '-': " + folder);
        }
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("query required");
        }
    }
}
