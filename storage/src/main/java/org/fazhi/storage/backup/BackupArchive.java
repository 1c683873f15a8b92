package org.fazhi.storage.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.fazhi.storage.StorageException;

/**
 * A backup archive opened for reading. Opening checks that it is a zip whose manifest names every entry
 * and nothing else; {@link #extractTo(Path)} checks each entry's size and SHA-256 while writing it, so
 * a truncated, tampered or foreign file is refused before anything is replaced.
 */
public final class BackupArchive implements AutoCloseable {
    /** Generous over the largest manifest a province ledger could need, so a fake one cannot fill memory. */
    private static final long MAX_MANIFEST = 64L << 20;

    private final Path file;
    private final ZipFile zip;
    private final BackupManifest manifest;

    private BackupArchive(Path file, ZipFile zip, BackupManifest manifest) {
        this.file = file;
        this.zip = zip;
        this.manifest = manifest;
    }

    public static BackupArchive open(Path file) {
        Path f = file.toAbsolutePath().normalize();
        String what = f.toString();
        if (!Files.isRegularFile(f)) {
            throw new StorageException("备份文件 " + f + (Files.isDirectory(f) ? " 是文件夹" : " 不存在") + ",未做任何改动");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(f.toFile());
        } catch (ZipException e) {
            throw BackupManifest.notOurs(what, "不是 zip 格式,或已截断");
        } catch (IOException e) {
            throw new StorageException("无法读取备份文件 " + f + ":" + e.getMessage(), e);
        }
        try {
            ZipEntry m = zip.getEntry(BackupManifest.MANIFEST);
            if (m == null) {
                throw BackupManifest.notOurs(what, "缺少清单 manifest.json");
            }
            byte[] json;
            try (InputStream in = zip.getInputStream(m)) {
                json = in.readNBytes((int) Math.min(MAX_MANIFEST, Integer.MAX_VALUE - 8));
            }
            BackupManifest manifest = BackupManifest.parse(json, what);
            checkEntries(zip, manifest, what);
            return new BackupArchive(f, zip, manifest);
        } catch (IOException | RuntimeException e) {
            closeQuietly(zip);
            if (e instanceof StorageException se) {
                throw se;
            }
            throw BackupManifest.notOurs(what, "zip 内容无法读取");
        }
    }

    /** The entries are exactly the manifest's files plus the manifest: nothing unnamed gets in. */
    private static void checkEntries(ZipFile zip, BackupManifest m, String what) {
        Set<String> expected = new HashSet<>();
        expected.add(BackupManifest.MANIFEST);
        expected.add(m.database().path());
        m.attachments().forEach(a -> expected.add(a.path()));
        Set<String> found = new HashSet<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (!expected.contains(name)) {
                throw BackupManifest.notOurs(what, "含有清单之外的文件 " + name);
            }
            if (!found.add(name)) {
                throw BackupManifest.notOurs(what, "文件重复 " + name);
            }
        }
        expected.removeAll(found);
        if (!expected.isEmpty()) {
            throw new StorageException("备份文件 " + what + " 不完整:缺少 " + expected.iterator().next()
                    + (expected.size() > 1 ? " 等 " + expected.size() + " 个文件" : "") + ",未做任何改动");
        }
    }

    public BackupManifest manifest() {
        return manifest;
    }

    public Path file() {
        return file;
    }

    /** Writes the database and the attachments under {@code dir}, checking each, and syncs them to disk. */
    public void extractTo(Path dir) {
        for (BackupManifest.Entry e : entries()) {
            Path target = dir.resolve(e.path());
            try {
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                    copy(e, out);
                }
                BackupWriter.sync(target);
            } catch (IOException ex) {
                throw new StorageException("恢复时无法写入 " + target + "(磁盘已满或不可写?):" + ex.getMessage(), ex);
            }
        }
    }

    private List<BackupManifest.Entry> entries() {
        List<BackupManifest.Entry> all = new ArrayList<>();
        all.add(manifest.database());
        all.addAll(manifest.attachments());
        return all;
    }

    private void copy(BackupManifest.Entry e, OutputStream out) {
        MessageDigest md = BackupWriter.sha256();
        long size = 0;
        try (InputStream in = zip.getInputStream(zip.getEntry(e.path()))) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                size += n;
                if (size > e.size()) {
                    break; // longer than the manifest says: stop before a fake entry fills the disk
                }
                md.update(buf, 0, n);
                write(out, buf, n);
            }
        } catch (IOException ex) {
            throw damaged(e, "无法读取(" + ex.getMessage() + ")");
        }
        if (size != e.size() || !HexFormat.of().formatHex(md.digest()).equals(e.sha256())) {
            throw damaged(e, "大小或 SHA-256 与清单不符");
        }
    }

    private static void write(OutputStream out, byte[] buf, int n) {
        try {
            out.write(buf, 0, n);
        } catch (IOException ex) {
            throw new StorageException("恢复时无法写入数据目录(磁盘已满或不可写?):" + ex.getMessage(), ex);
        }
    }

    private StorageException damaged(BackupManifest.Entry e, String why) {
        return new StorageException("备份文件 " + file + " 已损坏或被改动:" + e.path() + " " + why + ",未做任何改动");
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile z) {
        try {
            z.close();
        } catch (IOException ignored) {
            // read-only: nothing to lose
        }
    }
}
