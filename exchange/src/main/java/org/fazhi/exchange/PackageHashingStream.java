package org.fazhi.exchange;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Passes bytes on and keeps their SHA-256: the package file's hash, which the receiver records. */
final class PackageHashingStream extends FilterOutputStream {
    private final MessageDigest digest;

    PackageHashingStream(OutputStream out) {
        super(out);
        digest = PackageFormat.digest();
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        digest.update((byte) b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        digest.update(b, off, len);
    }

    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
