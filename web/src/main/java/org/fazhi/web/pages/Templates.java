package org.fazhi.web.pages;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.Writer;

/**
 * The one mustache factory: it compiles each template once and caches it (compiled templates are
 * thread-safe). Template names come from code only, never from a request.
 */
public final class Templates {
    private final MustacheFactory factory = new DefaultMustacheFactory("templates");

    public void render(View view, Writer out) {
        Mustache m = factory.compile(view.template() + ".mustache");
        m.execute(out, view.model());
    }
}
