package org.fazhi.storage.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;
import org.fazhi.model.Checks;
import org.fazhi.storage.StorageException;

/**
 * Files kept beside the database, named by their SHA-256 ({@code ab/abcdef….bin}): the same file
 * uploaded twice is stored once, a stored file can be checked against its hash, and no name a user
 * typed ever becomes a path. A file is written to a temporary name, synced, then moved into place, so
 * a crash never leaves half a file under a real name.
 */
public final class FileStore {
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    public FileStore(Path root) {
        this.root = root;
    }

    /**
     * An uploaded file's name as the ledger keeps it and offers it for download: required (field {@code file}),
     * at most 120 characters, with the characters Windows refuses in a file name (\ / : * ? " < > |) made _.
     */
    public static String uploadName(String fileName) {
        return Checks.requiredText(fileName, "file", "文件名", 120).replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores the bytes (if not stored already) and returns their SHA-256. */
    public String put(byte[] bytes) {
        String hash = sha256(bytes);
        Path target = path(hash);
        if (Files.exists(target)) {
            return hash;
        }
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), hash, ".part");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(java.nio.ByteBuffer.wrap(bytes));
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return hash;
        } catch (IOException e) {
            throw new StorageException("保存文件失败(磁盘已满或数据目录不可写?):" + e.getMessage(), e);
        }
    }

    /**
     * Stores what {@code in} gives (if not stored already) and returns its SHA-256, hashing while it copies,
     * so a large file never sits in memory. Written to a temporary name in the store and synced, then moved
     * into place.
     */
    public String put(java.io.InputStream in) {
        try {
            Files.createDirectories(root);
            Path tmp = Files.createTempFile(root, "upload-", ".part");
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    byte[] buf = new byte[64 * 1024];
                    int r;
                    while ((r = in.read(buf)) > 0) {
                        digest.update(buf, 0, r);
                        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(buf, 0, r);
                        while (b.hasRemaining()) {
                            ch.write(b);
                        }
                    }
                    ch.force(true);
                }
                String hash = HexFormat.of().formatHex(digest.digest());
                Path target = path(hash);
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
                return hash;
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new StorageException("保存文件失败(磁盘已满或数据目录不可写?):" + e.getMessage(), e);
        }
    }

    /**
     * Stores the bytes, then {@code insert}s the row that points at them (given their hash); when the insert
     * fails, the bytes go again unless {@code references} still counts a row with that hash (the same file
     * stored before), and the failure is rethrown: no file is left behind that no row points at.
     */
    public <T> T putFor(byte[] bytes, Function<String, T> insert, ToLongFunction<String> references) {
        String hash = put(bytes);
        try {
            return insert.apply(hash);
        } catch (RuntimeException e) {
            if (references.applyAsLong(hash) == 0) {
                delete(hash);
            }
            throw e;
        }
    }

    /** Where the file of {@code hash} lives; only well-formed hashes resolve, so nothing can climb out. */
    public Path path(String hash) {
        if (hash == null || !HASH.matcher(hash).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + hash);
        }
        return root.resolve(hash.substring(0, 2)).resolve(hash + ".bin");
    }

    public boolean exists(String hash) {
        return Files.exists(path(hash));
    }

    public void delete(String hash) {
        try {
            Files.deleteIfExists(path(hash));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
