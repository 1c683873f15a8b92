package org.fazhi.web.pages;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Writes a {@link View} as UTF-8 HTML. Mustache writes every value and every piece of template text
 * separately; through a {@code BufferedWriter} on an {@code OutputStreamWriter} each of those small writes took
 * a lock, and the charset encoder took its slow path for Chinese text: together a quarter of what a page cost
 * to render. {@link Chunks} gathers the text without locking and encodes it 8 K characters at a time.
 */
@Provider
@Produces(MediaType.TEXT_HTML)
public final class ViewWriter implements MessageBodyWriter<View> {
    private final Templates templates;

    public ViewWriter(Templates templates) {
        this.templates = templates;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return View.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(View view, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        headers.putSingle("Content-Type", "text/html;charset=UTF-8");
        Chunks w = new Chunks(out);
        templates.render(view, w);
        w.flush();
    }

    /**
     * Text gathered into a buffer of {@value #SIZE} characters and written out as UTF-8 whenever it fills:
     * the page streams as before, in pieces small enough never to burden the heap. A high surrogate at the
     * end of a chunk waits for its low half, so no character is ever split between two encodings.
     */
    static final class Chunks extends Writer {
        static final int SIZE = 8192;
        private final OutputStream out;
        private final StringBuilder text = new StringBuilder(SIZE + 64);

        Chunks(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            text.append(chars, offset, length);
            spill();
        }

        @Override
        public void write(String s, int offset, int length) throws IOException {
            text.append(s, offset, offset + length);
            spill();
        }

        @Override
        public void write(int c) throws IOException {
            text.append((char) c);
            spill();
        }

        @Override
        public Writer append(CharSequence s) throws IOException {
            text.append(s);
            spill();
            return this;
        }

        private void spill() throws IOException {
            if (text.length() >= SIZE) {
                int keep = Character.isHighSurrogate(text.charAt(text.length() - 1)) ? 1 : 0;
                out.write(text.substring(0, text.length() - keep).getBytes(StandardCharsets.UTF_8));
                text.delete(0, text.length() - keep);
            }
        }

        @Override
        public void flush() throws IOException {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            text.setLength(0);
            out.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
