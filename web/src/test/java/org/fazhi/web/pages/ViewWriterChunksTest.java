package org.fazhi.web.pages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ViewWriterChunksTest {
    /** Chinese, ASCII, markup and characters beyond the BMP (surrogate pairs) in pieces of every size. */
    @Test
    void theBytesAreThoseOfAnOutputStreamWriterWhereverTheChunksEnd() throws IOException {
        String[] pieces = {"县司法局", "<td>", "&amp;", "𠀀𠀁", "a", "学法", "\n  ", "😀", "述法评议 2025 年度"};
        for (long seed = 0; seed < 40; seed++) {
            Random random = new Random(seed);
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            ByteArrayOutputStream actual = new ByteArrayOutputStream();
            Writer reference = new OutputStreamWriter(expected, StandardCharsets.UTF_8);
            Writer chunks = new ViewWriter.Chunks(actual);
            int length = 0;
            while (length < ViewWriter.Chunks.SIZE * 3) {
                String p = pieces[random.nextInt(pieces.length)].repeat(1 + random.nextInt(300));
                switch (random.nextInt(3)) {
                    case 0 -> {
                        reference.write(p);
                        chunks.write(p);
                    }
                    case 1 -> {
                        reference.write(p.toCharArray(), 0, p.length());
                        chunks.write(p.toCharArray(), 0, p.length());
                    }
                    default -> {
                        for (int i = 0; i < p.length(); i++) {
                            reference.write(p.charAt(i));
                            chunks.write(p.charAt(i));
                        }
                    }
                }
                length += p.length();
            }
            reference.flush();
            chunks.flush();
            assertArrayEquals(expected.toByteArray(), actual.toByteArray(), "seed " + seed);
        }
    }
}
