package org.fazhi.web.hostile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One JSON write endpoint and a body it accepts. {@code example} is called before every try, so an
 * update gets the record's current version (an earlier accepted try may have bumped it).
 *
 * @param required     fields whose absence or null must be refused
 * @param bodyOptional the endpoint also accepts no body at all (workflow steps with an optional comment)
 * @param listInBody   the body is a JSON array of such objects (test results); mutations hit its first element
 */
record Endpoint(String method, String path, Supplier<Map<String, Object>> example, Set<String> required,
                boolean bodyOptional, boolean listInBody) {

    static Endpoint post(String path, Supplier<Map<String, Object>> example, String... required) {
        return new Endpoint("POST", path, example, Set.of(required), false, false);
    }

    static Endpoint put(String path, Supplier<Map<String, Object>> example, String... required) {
        return new Endpoint("PUT", path, example, Set.of(required), false, false);
    }

    /** A workflow step whose body (a comment) may be left out. */
    static Endpoint step(String path, Supplier<Map<String, Object>> example) {
        return new Endpoint("POST", path, example, Set.of(), true, false);
    }

    Endpoint bodyIsList() {
        return new Endpoint(method, path, example, required, bodyOptional, true);
    }

    Map<String, Object> freshExample() {
        return new LinkedHashMap<>(example.get());
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
