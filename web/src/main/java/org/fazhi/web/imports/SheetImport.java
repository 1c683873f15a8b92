package org.fazhi.web.imports;

import org.fazhi.model.account.Actor;
import org.fazhi.sheets.SheetFile;

/** A module's import of one spreadsheet as one user, all or nothing; {@code force} imports a file seen before. */
@FunctionalInterface
public interface SheetImport<T> {
    T importFile(Actor actor, SheetFile file, boolean force);
}
