package org.fazhi.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.HashSet;
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
 * no entry missing or extra, a year the ledger holds, and the seal over every byte of the file.
 */
public final class PackageReader {
    /** How big a package may be. */
    public record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {
        public static final Limits DEFAULT = new Limits(20_000, 64L << 20, 512L << 20);
    }

    /** A package that checked out: its manifest, the signer's trusted key record and every entry's bytes. */
    public record Verified(JsonNode manifest, TrustedKeys.Trusted signer, Map<String, byte[]> entries, String sha256) {
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
    }

    private PackageReader() {
    }

    /** Checks {@code in} whole against {@code trusted}; a {@link PackageRefused} says what is wrong. */
    public static Verified verify(InputStream in, Limits limits, TrustedKeys trusted) {
        PackageHashingInput hashing = new PackageHashingInput(in);
        Map<String, byte[]> entries = new LinkedHashMap<>();
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
                byte[] bytes = read(zip, name, Math.min(limits.maxEntryBytes(), limits.maxTotalBytes() - total));
                total += bytes.length;
                entries.put(name, bytes);
            }
            hashing.transferRest();
        } catch (ZipException e) {
            throw new PackageRefused("文件不是有效的报送包(zip 格式错误:" + e.getMessage() + ")");
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
        byte[] manifestBytes = entries.get(PackageFormat.MANIFEST);
        byte[] signature = entries.get(PackageFormat.SIGNATURE);
        if (manifestBytes == null || signature == null) {
            throw new PackageRefused("文件不是报送包:缺少 " + (manifestBytes == null ? PackageFormat.MANIFEST : PackageFormat.SIGNATURE));
        }
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
            byte[] bytes = entries.get(name);
            if (bytes == null) {
                throw new PackageRefused("报送包缺少清单所列的“" + name + "”");
            }
            if (bytes.length != entry.path("size").asLong() || !PackageFormat.sha256(bytes).equals(entry.path("sha256").asText())) {
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
        return new Verified(manifest, signer, new HashMap<>(entries), hashing.sha256());
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

    private static byte[] read(ZipInputStream zip, String name, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        long n = 0;
        int r;
        while ((r = zip.read(buf)) > 0) {
            n += r;
            if (n > max) {
                throw new PackageRefused("报送包中“" + name + "”超过大小上限(单个文件 " + (max >> 20) + " MB 以内,全部合计有上限)");
            }
            out.write(buf, 0, r);
        }
        return out.toByteArray();
    }
}
