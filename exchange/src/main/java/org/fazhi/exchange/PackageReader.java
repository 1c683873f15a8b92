package org.fazhi.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.fazhi.model.time.Years;

/**
 * Reads and checks a whole package before anything is written: a well-formed zip within the limits (entries,
 * bytes per entry and in all, counted as they are inflated, so a zip bomb stops early; no name that climbs
 * out or repeats), a manifest of our format, its signature by a trusted key, every entry's SHA-256 and size,
 * no entry missing or extra, a year the ledger holds, and the seal over every byte of the file. The package is
 * streamed, an entry at a time, keeping only each entry's hash, so memory does not grow with its attachments;
 * the receiver spools an upload to a temporary file ({@link #spool}), checks it, then reads it a second time
 * to take it in ({@link Verified#read}).
 */
public final class PackageReader {
    /** How big a package may be. */
    public record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {
        public static final Limits DEFAULT = new Limits(20_000, 64L << 20, 512L << 20);

        /** The package file itself: every entry's bytes plus room for the zip's framing (attachments barely compress). */
        public long maxFileBytes() {
            return maxTotalBytes + (1L << 20) + 512L * maxEntries;
        }
    }

    /**
     * A package that checked out: its manifest, the signer's trusted key record, the SHA-256 of the file, and
     * the file, when it was checked from one, to read its entries from ({@link #read}).
     */
    public record Verified(JsonNode manifest, TrustedKeys.Trusted signer, String sha256, Path file) {
        public String rootCode() {
            return manifest.path("root").path("code").asText();
        }

        public String rootName() {
            return manifest.path("root").path("name").asText();
        }

        public int year() {
            return manifest.path("year").asInt();
        }

        public String exportedAt() {
            return manifest.path("exportedAt").asText();
        }

        /**
         * Reads the entries the manifest lists from the file again, in the file's order, handing each to
         * {@code visitor} as a stream that refuses content other than the manifest says (its size, and its
         * SHA-256 once read to the end; {@code visitor} reads every entry it is given to the end): the file is
         * checked anew as it is read, should it have changed since {@code verify}.
         */
        public void read(EntryVisitor visitor) {
            if (file == null) {
                throw new IllegalStateException("checked from a stream: no file to read the entries from");
            }
            Map<String, JsonNode> listed = new HashMap<>();
            manifest.path("entries").forEach(e -> listed.put(e.path("name").asText(), e));
            try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                ZipEntry e;
                while ((e = zip.getNextEntry()) != null) {
                    JsonNode entry = listed.remove(e.getName());
                    if (entry == null) {
                        continue; // the manifest and its signature
                    }
                    Checked in = new Checked(zip, e.getName(), entry.path("size").asLong(), entry.path("sha256").asText());
                    visitor.accept(e.getName(), in);
                    in.end();
                }
            } catch (IOException | IllegalArgumentException e) {
                throw changed();
            }
            if (!listed.isEmpty()) {
                throw changed();
            }
        }

        private static PackageRefused changed() {
            return new PackageRefused("报送包文件在核验后被改动,未导入");
        }
    }

    /** What {@link Verified#read} hands each entry to. */
    @FunctionalInterface
    public interface EntryVisitor {
        void accept(String name, InputStream content) throws IOException;
    }

    /** An entry's content as {@link Verified#read} gives it: no more bytes than listed, and the listed hash at the end. */
    private static final class Checked extends FilterInputStream {
        private final String name;
        private final long size;
        private final String sha256;
        private final MessageDigest digest = PackageFormat.digest();
        private long n;

        Checked(InputStream in, String name, long size, String sha256) {
            super(in);
            this.name = name;
            this.size = size;
            this.sha256 = sha256;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int r = in.read(b, off, len);
            if (r > 0) {
                n += r;
                if (n > size) {
                    throw mismatch();
                }
                digest.update(b, off, r);
            }
            return r;
        }

        @Override
        public void close() {
            // the zip stream goes on to the next entry
        }

        void end() throws IOException {
            if (in.read() >= 0 || n != size || !HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
                throw mismatch();
            }
        }

        private PackageRefused mismatch() {
            return new PackageRefused("报送包中“" + name + "”的内容与清单的 SHA-256 不符,文件已被改动或损坏");
        }
    }

    /** An entry as read while checking: its size and SHA-256, and its bytes when it is the manifest or its signature. */
    private record Seen(long size, String sha256, byte[] bytes) {
    }

    /** A package whose zip data does not check out: damaged in transit or edited. */
    static final String DAMAGED = "报送包已损坏或被改动:压缩包中的内容无法完整读出或与其校验值不符,未接收。请向发送方重新索取报送包";

    private PackageReader() {
    }

    /**
     * Copies an upload to {@code file}, refusing it once it passes the limit without reading the rest, so an
     * oversized upload never fills the disk either (the caller deletes the file).
     */
    public static void spool(InputStream in, Path file, Limits limits) {
        long max = limits.maxFileBytes();
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buf = new byte[64 * 1024];
            long n = 0;
            int r;
            while ((r = in.read(buf)) > 0) {
                n += r;
                if (n > max) {
                    throw new PackageRefused("报送包文件超过大小上限(" + (max >> 20) + " MB),未接收");
                }
                out.write(buf, 0, r);
            }
        } catch (IOException e) {
            throw new PackageRefused("报送包上传未完成:" + e.getMessage());
        }
    }

    /** Checks the package {@code file} whole against {@code trusted}; a {@link PackageRefused} says what is wrong. */
    public static Verified verify(Path file, Limits limits, TrustedKeys trusted) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            Verified v = verify(in, limits, trusted);
            return new Verified(v.manifest(), v.signer(), v.sha256(), file);
        } catch (IOException e) {
            throw new PackageRefused("报送包读取失败:" + e.getMessage());
        }
    }

    /**
     * Checks {@code in} whole against {@code trusted}, in one pass; a {@link PackageRefused} says what is wrong.
     * What it returns has no file to read the entries from.
     */
    public static Verified verify(InputStream in, Limits limits, TrustedKeys trusted) {
        PackageHashingInput hashing = new PackageHashingInput(in);
        Map<String, Seen> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(hashing)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String name = e.getName();
                if (entries.size() >= limits.maxEntries()) {
                    throw new PackageRefused("报送包的文件数超过上限 " + limits.maxEntries() + " 个");
                }
                if (!safe(name)) {
                    throw new PackageRefused("报送包含有不允许的文件名“" + name + "”");
                }
                if (entries.containsKey(name)) {
                    throw new PackageRefused("报送包中“" + name + "”出现了两次");
                }
                boolean keep = name.equals(PackageFormat.MANIFEST) || name.equals(PackageFormat.SIGNATURE);
                Seen seen = read(zip, name, Math.min(limits.maxEntryBytes(), limits.maxTotalBytes() - total), keep);
                total += seen.size();
                entries.put(name, seen);
            }
            hashing.transferRest();
        } catch (ZipException | EOFException e) {
            // The JDK's reader says what failed in English ("invalid entry CRC (expected 0x… but got 0x…)",
            // "Unexpected end of ZLIB input stream"); the person at the desk needs only to know the file was
            // damaged or changed on its way and to ask for it again.
            throw new PackageRefused(DAMAGED);
        } catch (IOException e) {
            throw new PackageRefused("报送包读取失败:" + e.getMessage());
        } catch (PackageRefused e) {
            throw e;
        } catch (RuntimeException e) {
            // A damaged header makes the JDK's reader throw unchecked exceptions too (a file name that is not
            // valid UTF-8 raises IllegalArgumentException): a damaged file, not a fault of ours.
            throw new PackageRefused("文件不是有效的报送包(zip 格式错误:文件头已损坏)");
        }
        if (entries.isEmpty()) {
            throw new PackageRefused("文件不是报送包(不是 zip 文件,或其中没有任何内容)");
        }
        Seen manifestEntry = entries.get(PackageFormat.MANIFEST);
        Seen signatureEntry = entries.get(PackageFormat.SIGNATURE);
        if (manifestEntry == null || signatureEntry == null) {
            throw new PackageRefused("文件不是报送包:缺少 " + (manifestEntry == null ? PackageFormat.MANIFEST : PackageFormat.SIGNATURE));
        }
        byte[] manifestBytes = manifestEntry.bytes();
        byte[] signature = signatureEntry.bytes();
        JsonNode manifest;
        try {
            manifest = PackageFormat.JSON.readTree(manifestBytes);
        } catch (IOException e) {
            throw new PackageRefused("报送包的 manifest.json 不是有效的 JSON");
        }
        if (manifest == null || !PackageFormat.FORMAT.equals(manifest.path("format").asText())) {
            throw new PackageRefused("文件不是本系统的报送包(格式标识不是 " + PackageFormat.FORMAT + ")");
        }
        if (manifest.path("version").asInt() != PackageFormat.VERSION) {
            throw new PackageRefused("报送包格式版本 " + manifest.path("version").asText() + " 不受支持(本程序支持版本 "
                    + PackageFormat.VERSION + "),请升级程序");
        }
        String fingerprint = manifest.path("signer").asText();
        TrustedKeys.Trusted signer = trusted.find(fingerprint).orElseThrow(() -> new PackageRefused(
                "报送包的签名公钥(指纹 " + fingerprint + ")未被本系统信任,请先核对指纹并登记发送方公钥"));
        PublicKey key = SigningKey.parsePem(signer.publicKey());
        if (!SigningKey.verify(key, manifestBytes, signature)) {
            throw new PackageRefused("报送包的签名与“" + signer.name() + "”的公钥不符:清单被改动过,或不是该发送方签发");
        }
        Set<String> listed = new HashSet<>();
        for (JsonNode entry : manifest.path("entries")) {
            String name = entry.path("name").asText();
            listed.add(name);
            Seen seen = entries.get(name);
            if (seen == null) {
                throw new PackageRefused("报送包缺少清单所列的“" + name + "”");
            }
            if (seen.size() != entry.path("size").asLong() || !seen.sha256().equals(entry.path("sha256").asText())) {
                throw new PackageRefused("报送包中“" + name + "”的内容与清单的 SHA-256 不符,文件已被改动或损坏");
            }
        }
        for (String name : entries.keySet()) {
            if (!listed.contains(name) && !name.equals(PackageFormat.MANIFEST) && !name.equals(PackageFormat.SIGNATURE)) {
                throw new PackageRefused("报送包中有清单未列的“" + name + "”");
            }
        }
        if (!listed.contains(PackageFormat.ORGS) || !listed.contains(PackageFormat.PEOPLE)) {
            throw new PackageRefused("报送包缺少单位或人员数据");
        }
        int year = manifest.path("year").asInt();
        if (year < Years.MIN || year > Years.MAX) {
            throw new PackageRefused("报送包的年度“" + manifest.path("year").asText() + "”不在 " + Years.MIN + "—" + Years.MAX + " 之间");
        }
        // Last, so that a package built by hand meets the specific check it fails first.
        byte[] seal = PackageSeal.signature(hashing.seal().tail()).orElseThrow(() -> new PackageRefused(
                "报送包缺少整体签名:文件末尾已被改动,或由旧版程序导出,请发送方用本版程序重新导出"));
        if (!SigningKey.verify(key, hashing.seal().sealedDigest(), seal)) {
            throw new PackageRefused("报送包文件与“" + signer.name() + "”的整体签名不符:文件已被改动或损坏");
        }
        return new Verified(manifest, signer, hashing.sha256(), null);
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temporary file left behind goes with the system's temporary files
        }
    }

    private static boolean safe(String name) {
        if (name.isEmpty() || name.length() > 200 || name.startsWith("/") || name.contains("\\") || name.contains("//")
                || name.endsWith("/")) {
            return false;
        }
        for (String part : name.split("/")) {
            if (part.equals("..") || part.equals(".") || part.contains(":")) {
                return false;
            }
        }
        return List.of(PackageFormat.MANIFEST, PackageFormat.SIGNATURE, PackageFormat.ORGS, PackageFormat.PEOPLE).contains(name)
                || name.matches("data/[a-z][a-z0-9-]*/[a-z][a-z0-9_]*\\.json")
                || name.matches("files/[a-z0-9][a-z0-9-]*/[0-9a-f]{64}");
    }

    private static Seen read(InputStream in, String name, long max, boolean keep) throws IOException {
        MessageDigest digest = PackageFormat.digest();
        ByteArrayOutputStream out = keep ? new ByteArrayOutputStream() : null;
        byte[] buf = new byte[8192];
        long n = 0;
        int r;
        while ((r = in.read(buf)) > 0) {
            n += r;
            if (n > max) {
                throw new PackageRefused("报送包中“" + name + "”超过大小上限(单个文件 " + (max >> 20) + " MB 以内,全部合计有上限)");
            }
            digest.update(buf, 0, r);
            if (out != null) {
                out.write(buf, 0, r);
            }
        }
        return new Seen(n, HexFormat.of().formatHex(digest.digest()), out == null ? null : out.toByteArray());
    }
}
