package org.fazhi.web.server;

import java.util.Optional;
import org.fazhi.storage.files.ReferencedFiles;
import org.fazhi.storage.migrate.MigrationSet;

/**
 * One domain module as the server runs it: its migrations (applied in the order of {@link Modules#ALL}),
 * the attachment files its rows point at (what a backup copies besides the database), and its web side.
 *
 * @param files empty for a module that keeps no files
 */
public record ServerModule(MigrationSet migrations, Optional<ReferencedFiles> files, WebModule web) {
}
