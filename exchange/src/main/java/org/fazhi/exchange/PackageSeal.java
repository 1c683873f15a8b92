package org.fazhi.exchange;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The seal over the whole package file: the zip's archive comment, the file's last bytes, holds the sender's
 * Ed25519 signature over the SHA-256 of every byte before it. The manifest's signature and hashes prove the
 * content; the seal makes every other byte count too (zip headers and the central directory, which a zip
 * reader skips), so a package with any byte changed is refused, as a sender and a receiver would expect.
 */
final class PackageSeal {
    static final String PREFIX = "fazhi-seal ";
    /** Prefix, then the 64-byte signature in Base64 (88 characters): always this many bytes. */
    static final int LENGTH = PREFIX.length() + 88;
    /** What the writer puts in the archive comment until the signature is known; replaced as the file ends. */
    static final String PLACEHOLDER = PREFIX + "=".repeat(88);

    private PackageSeal() {
    }

    static byte[] text(byte[] signature) {
        byte[] text = (PREFIX + Base64.getEncoder().encodeToString(signature)).getBytes(StandardCharsets.US_ASCII);
        if (text.length != LENGTH) {
            throw new IllegalStateException("seal of " + text.length + " bytes");
        }
        return text;
    }

    /** The signature a file's last {@link #LENGTH} bytes carry, or empty when they are no seal. */
    static Optional<byte[]> signature(byte[] tail) {
        String text = new String(tail, StandardCharsets.US_ASCII);
        if (tail.length != LENGTH || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            byte[] signature = Base64.getDecoder().decode(text.substring(PREFIX.length()));
            return signature.length == 64 ? Optional.of(signature) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Where the bytes that fall out of a {@link Tail} go. */
    @FunctionalInterface
    interface Spill {
        void accept(byte[] b, int off, int len) throws IOException;
    }

    /** The last {@link #LENGTH} bytes it was given, held back; every byte before them goes on to a {@link Spill}. */
    static final class Tail {
        private final byte[] held = new byte[LENGTH];
        private int count;

        void add(byte[] b, int off, int len, Spill spill) throws IOException {
            int overflow = count + len - LENGTH;
            if (overflow > 0) {
                int fromHeld = Math.min(overflow, count);
                spill.accept(held, 0, fromHeld);
                System.arraycopy(held, fromHeld, held, 0, count - fromHeld);
                count -= fromHeld;
                int fromNew = overflow - fromHeld;
                spill.accept(b, off, fromNew);
                off += fromNew;
                len -= fromNew;
            }
            System.arraycopy(b, off, held, count, len);
            count += len;
        }

        byte[] bytes() {
            return Arrays.copyOf(held, count);
        }
    }

    /**
     * Writes on everything but the last {@link #LENGTH} bytes it was given, hashing what it writes; {@link #seal}
     * then writes the signature over that hash in place of the held-back bytes (the placeholder comment).
     */
    static final class Writer extends FilterOutputStream {
        private final MessageDigest digest = PackageFormat.digest();
        private final Tail tail = new Tail();
        private boolean sealed;

        Writer(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (sealed) {
                throw new IOException("package already sealed");
            }
            tail.add(b, off, len, this::pass);
        }

        private void pass(byte[] b, int off, int len) throws IOException {
            if (len > 0) {
                digest.update(b, off, len);
                out.write(b, off, len);
            }
        }

        /** Ends the file with the seal; the held-back bytes must be the placeholder comment. */
        void seal(SigningKey key) throws IOException {
            if (!Arrays.equals(tail.bytes(), PLACEHOLDER.getBytes(StandardCharsets.US_ASCII))) {
                throw new IllegalStateException("the package does not end with the seal's placeholder");
            }
            out.write(text(key.sign(digest.digest())));
            sealed = true;
        }
    }

    /** Keeps the last {@link #LENGTH} bytes it is given apart, and the SHA-256 of every byte before them. */
    static final class Reader {
        private final MessageDigest digest = PackageFormat.digest();
        private final Tail tail = new Tail();

        void update(byte[] b, int off, int len) {
            try {
                tail.add(b, off, len, digest::update);
            } catch (IOException e) {
                throw new IllegalStateException(e); // a digest throws none
            }
        }

        /** The last bytes read. */
        byte[] tail() {
            return tail.bytes();
        }

        /** The SHA-256 of everything before {@link #tail}; once only. */
        byte[] sealedDigest() {
            return digest.digest();
        }
    }
}
