package org.fazhi.web.pages;

import org.fazhi.web.imports.ImportPages;

/**
 * The "可能重复,仍要保存?" confirmation: a page's 仍要保存 checkbox and the API's {@code ?confirmDuplicate=true}
 * say that a record looking like a stored one is saved on purpose ({@link org.fazhi.model.PossibleDuplicateException}).
 */
public final class Duplicates {
    private Duplicates() {
    }

    /** The flag as sent: true, 1, on or yes (any case), like the imports' {@code force}. */
    public static boolean confirmed(String value) {
        return ImportPages.force(value);
    }
}
