package org.fazhi.web.pages;

/** The version from the jar's manifest, or "dev" when run from the build folders. */
public final class Version {
    private Version() {
    }

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
