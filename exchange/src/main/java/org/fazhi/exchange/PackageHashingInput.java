package org.fazhi.exchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Reads on and keeps the SHA-256 of every byte read: the received package file's hash. */
final class PackageHashingInput extends FilterInputStream {
    private final MessageDigest digest;
    private final PackageSeal.Reader seal = new PackageSeal.Reader();

    PackageHashingInput(InputStream in) {
        super(in);
        digest = PackageFormat.digest();
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            digest.update((byte) b);
            seal.update(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            digest.update(b, off, n);
            seal.update(b, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buf = new byte[(int) Math.min(n, 8192)];
        int r = read(buf, 0, buf.length);
        return Math.max(r, 0);
    }

    /** Reads what the zip reader left (the central directory) so the hash covers the whole file. */
    void transferRest() throws IOException {
        byte[] buf = new byte[8192];
        while (read(buf, 0, buf.length) >= 0) {
            // hashed as it is read
        }
    }

    /** The file's last bytes and the hash of the rest, for the seal; call after {@link #transferRest}. */
    PackageSeal.Reader seal() {
        return seal;
    }

    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
