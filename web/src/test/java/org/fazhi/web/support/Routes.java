package org.fazhi.web.support;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.fazhi.web.pages.View;
import org.fazhi.web.server.WebApp;

/**
 * Every route the web module declares, read from its compiled resource classes, as "METHOD /path" with
 * {} for each path parameter. The security sweeps compare their tables with this, so a new route
 * without a row fails them instead of going unchecked.
 */
public final class Routes {
    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(GET.class, "GET", POST.class, "POST",
            PUT.class, "PUT", DELETE.class, "DELETE");

    private Routes() {
    }

    public static Set<String> all() {
        Set<String> out = new TreeSet<>();
        for (Class<?> type : resourceClasses()) {
            Path root = type.getAnnotation(Path.class);
            for (Method m : methods(type)) {
                for (Map.Entry<Class<? extends Annotation>, String> verb : METHODS.entrySet()) {
                    if (m.isAnnotationPresent(verb.getKey())) {
                        out.add(verb.getValue() + " " + path(root, m.getAnnotation(Path.class)));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The pages: GET routes outside /api whose method renders a {@link View} or declares (itself or
     * through its class) that it answers text/html.
     */
    public static Set<String> htmlPages() {
        Set<String> out = new TreeSet<>();
        for (Class<?> type : resourceClasses()) {
            Path root = type.getAnnotation(Path.class);
            for (Method m : methods(type)) {
                if (!m.isAnnotationPresent(GET.class)) {
                    continue;
                }
                Produces produces = m.isAnnotationPresent(Produces.class) ? m.getAnnotation(Produces.class)
                        : type.getAnnotation(Produces.class);
                boolean html = m.getReturnType() == View.class
                        || produces != null && List.of(produces.value()).contains(MediaType.TEXT_HTML);
                String full = path(root, m.getAnnotation(Path.class));
                if (html && !full.startsWith("/api/")) {
                    out.add(full);
                }
            }
        }
        return out;
    }

    /** The routes of one method whose path is not under /api (the pages' forms and downloads). */
    public static Set<String> pages(String method) {
        Set<String> out = new TreeSet<>();
        for (String r : all()) {
            if (r.startsWith(method + " ") && !r.startsWith(method + " /api")) {
                out.add(r.substring(method.length() + 1));
            }
        }
        return out;
    }

    /** The routes with a path parameter: the ones that reach one record by its id. */
    public static Set<String> withIds() {
        Set<String> out = new TreeSet<>();
        for (String r : all()) {
            if (r.contains("{}")) {
                out.add(r);
            }
        }
        return out;
    }

    /** The class's own methods and those it inherits from its abstract bases (e.g. the import page's). */
    private static List<Method> methods(Class<?> type) {
        List<Method> out = new java.util.ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            out.addAll(List.of(c.getDeclaredMethods()));
        }
        return out;
    }

    private static String path(Path root, Path sub) {
        return ("/" + root.value() + "/" + (sub == null ? "" : sub.value()))
                .replaceAll("\\{[^}]*}", "{}").replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }

    private static List<Class<?>> resourceClasses() {
        java.nio.file.Path classes;
        try {
            classes = java.nio.file.Path.of(WebApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(Routes::load).filter(t -> t != null && t.isAnnotationPresent(Path.class)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Routes.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
