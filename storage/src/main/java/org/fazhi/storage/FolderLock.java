package org.fazhi.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An operating-system lock on {@code fazhi.lock} in the data folder, held by the server for its
 * lifetime and by a restore while it runs, so that a restore never replaces the files under a running
 * server and two servers never share one folder. The OS drops the lock when the process dies, so a
 * crash leaves nothing to clean up. The file itself is never deleted: deleting a lock file lets two
 * processes lock two different files of the same name.
 */
public final class FolderLock implements AutoCloseable {
    public static final String FILE = "fazhi.lock";
    /** Locks held by this process: the OS lock does not exclude a second taker in the same JVM. */
    private static final Map<Path, String> HELD = new ConcurrentHashMap<>();

    private final Path root;
    private final FileChannel channel;
    private final FileLock lock;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private FolderLock(Path root, FileChannel channel, FileLock lock) {
        this.root = root;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock or refuses with a message naming who holds it.
     *
     * @param holder what takes it, for the message another taker gets (e.g. "服务器")
     */
    public static FolderLock acquire(DataFolder folder, String holder) {
        Path root = folder.root();
        String other = HELD.putIfAbsent(root, holder);
        if (other != null) {
            throw busy(root, other);
        }
        FileChannel ch = null;
        try {
            ch = FileChannel.open(root.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = ch.tryLock();
            if (lock == null) {
                ch.close();
                HELD.remove(root);
                throw busy(root, null);
            }
            return new FolderLock(root, ch, lock);
        } catch (OverlappingFileLockException e) {
            close(ch);
            HELD.remove(root);
            throw busy(root, null);
        } catch (IOException e) {
            close(ch);
            HELD.remove(root);
            throw new StorageException("无法锁定数据目录 " + root + ":" + e.getMessage(), e);
        }
    }

    /** True when this process holds the lock of {@code folder} (a server or a restore in this JVM). */
    public static boolean heldHere(DataFolder folder) {
        return HELD.containsKey(folder.root());
    }

    private static StorageException busy(Path root, String holder) {
        String who = holder == null ? "运行中的法治台账服务器(或正在进行的恢复)" : "本程序的" + holder;
        return new StorageException("数据目录 " + root + " 正被" + who + "使用;请先停止服务器(Ctrl+C)后再试");
    }

    private static void close(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // the lock failure is what gets reported
            }
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return; // a second close must not release a lock someone else took since
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it anyway
        } finally {
            close(channel);
            HELD.remove(root);
        }
    }
}
