package org.fazhi.exchange;

import org.fazhi.model.ValidationException;

/** A package that does not check out: one Chinese line saying what is wrong; nothing has been written. */
public final class PackageRefused extends ValidationException {
    public PackageRefused(String message) {
        super("package", message);
    }
}
