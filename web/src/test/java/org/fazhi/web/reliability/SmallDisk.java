package org.fazhi.web.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real, tiny disk: a tmpfs of a few megabytes mounted on a folder, that can be filled to the last
 * byte and remounted read-only — which stops root too, unlike file permissions. Mounting needs root
 * (CAP_SYS_ADMIN), as CI and the project's machines have. Where it is not allowed the tests that need it
 * fail with the reason rather than pass by not running: a green skip would claim faults that were never
 * tried. ({@code StorageFaultsTest} covers the same faults inside SQLite without a disk.)
 */
final class SmallDisk implements AutoCloseable {
    private final Path mountPoint;
    private final Path filler;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
        this.filler = mountPoint.resolve("填满磁盘的文件.bin");
    }

    /** Mounts a tmpfs of {@code megabytes} on {@code dir} (created), or fails the test where that is not allowed. */
    static SmallDisk mount(Path dir, int megabytes) throws IOException {
        Files.createDirectories(dir);
        int exit = sh("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m,mode=0755", "tmpfs", dir.toString());
        if (exit != 0) {
            throw new AssertionError("cannot mount a tmpfs on " + dir + " (exit " + exit + "): the real-disk fault tests"
                    + " need root with CAP_SYS_ADMIN, as CI runs them; they fail here rather than skip");
        }
        return new SmallDisk(dir);
    }

    Path root() {
        return mountPoint;
    }

    /** Writes a file until the disk has no byte left. */
    void fill() throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException e) {
            if (Files.getFileStore(mountPoint).getUsableSpace() > 0) {
                throw e;
            }
        }
    }

    /** Deletes the filler: the disk has room again. */
    void free() throws IOException {
        Files.deleteIfExists(filler);
    }

    void readOnly() {
        require(sh("mount", "-o", "remount,ro", mountPoint.toString()), "remount read-only");
    }

    void writable() {
        require(sh("mount", "-o", "remount,rw", mountPoint.toString()), "remount read-write");
    }

    /** Unmounts (lazily if something still holds a file there), before the temp folder is deleted. */
    @Override
    public void close() {
        if (sh("umount", mountPoint.toString()) != 0) {
            sh("umount", "-l", mountPoint.toString());
        }
    }

    private static void require(int exit, String what) {
        if (exit != 0) {
            throw new IllegalStateException("cannot " + what);
        }
    }

    private static int sh(String... cmd) {
        try {
            Process p = new ProcessBuilder(List.of(cmd)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1; // no mount command at all
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
