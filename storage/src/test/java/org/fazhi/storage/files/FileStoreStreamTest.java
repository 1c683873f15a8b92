package org.fazhi.storage.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file stored from a stream (a received package's attachment) lands where the same bytes would, with nothing left over. */
class FileStoreStreamTest {
    @TempDir
    Path root;

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aStreamIsStoredUnderItsHashOnceAndNoPartIsLeft() throws IOException {
        byte[] bytes = new byte[300_000];
        new Random(7).nextBytes(bytes);
        FileStore store = new FileStore(root);
        String hash = store.put(new ByteArrayInputStream(bytes));
        assertEquals(FileStore.sha256(bytes), hash);
        assertArrayEquals(bytes, Files.readAllBytes(store.path(hash)));
        assertEquals(List.of(store.path(hash)), files());
        // The same bytes again, from a stream or not: still one file.
        assertEquals(hash, store.put(new ByteArrayInputStream(bytes)));
        assertEquals(hash, store.put(bytes));
        assertEquals(List.of(store.path(hash)), files());
        String empty = store.put(new ByteArrayInputStream(new byte[0]));
        assertEquals(FileStore.sha256(new byte[0]), empty);
        assertEquals(2, files().size());
    }
}
