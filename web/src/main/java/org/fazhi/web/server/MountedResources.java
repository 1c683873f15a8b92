package org.fazhi.web.server;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.model.Resource;

/**
 * The application's configuration, in which a resource's model is built when its path is first asked for, not
 * at start. Jersey reads every method, parameter and annotation of every registered resource before the port
 * opens — three hundred methods here, most of a second on an office PC — while an office's morning needs a handful
 * of pages. So a resource registered here is mounted at its class's {@code @Path} as a Jersey resource of one
 * sub-resource locator that hands out the registered instance: Jersey reads the class's methods at the first request
 * under that path and keeps them (its locator cache, sized for every resource). The addresses and answers are those
 * of the class as a root resource: its methods' paths are taken relative to the mount, as they were to the class.
 *
 * <p>Registered as usual instead (read at start): whatever is not a resource (filters, mappers, features), a
 * resource with fields Jersey fills ({@code @Context}: Jersey fills the fields of a root resource, not of what a
 * locator hands out), and resources sharing one path (one mount has one locator). {@link #mount()} must be called
 * once everything is registered. ResourceModelTest builds the application with every resource read at start, and
 * checks it with Jersey's validation.
 */
final class MountedResources extends ResourceConfig {
    /** The resources to mount, by path (without the slashes at either end), in the order they came. */
    private final Map<String, List<Object>> byPath = new LinkedHashMap<>();
    private boolean mounted;

    MountedResources() {
        property(ServerProperties.SUBRESOURCE_LOCATOR_CACHE_SIZE, 1024);
    }

    @Override
    public ResourceConfig register(Object component) {
        Path path = component.getClass().getAnnotation(Path.class);
        if (path == null || mounted || fillsFields(component.getClass())) {
            return super.register(component);
        }
        byPath.computeIfAbsent(trimSlashes(path.value()), p -> new ArrayList<>()).add(component);
        return this;
    }

    /** Mounts the resources registered so far; a second call does nothing. */
    MountedResources mount() {
        mounted = true;
        for (Map.Entry<String, List<Object>> e : byPath.entrySet()) {
            if (e.getValue().size() == 1) {
                Resource.Builder mount = Resource.builder("/" + e.getKey());
                mount.addMethod().handledBy(new Mount(e.getValue().get(0)), Mount.LOCATOR);
                registerResources(mount.build());
            } else {
                e.getValue().forEach(super::register);
            }
        }
        byPath.clear();
        return this;
    }

    private static boolean fillsFields(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(Context.class)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String trimSlashes(String path) {
        int from = 0;
        int to = path.length();
        while (from < to && path.charAt(from) == '/') {
            from++;
        }
        while (to > from && path.charAt(to - 1) == '/') {
            to--;
        }
        return path.substring(from, to);
    }

    /** The locator of one mount: hands Jersey the registered resource. Public for Jersey's reflective call. */
    public record Mount(Object resource) {
        static final Method LOCATOR;

        static {
            try {
                LOCATOR = Mount.class.getMethod("resource");
            } catch (NoSuchMethodException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }
}
