package org.fazhi.web.hostile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * One JSON write endpoint and a body it accepts. {@code example} is called before every try, so an
 * update gets the record's current version (an earlier accepted try may have bumped it).
 *
 * @param required     fields whose absence or null must be refused
 * @param bodyOptional the endpoint also accepts no body at all (workflow steps with an optional comment)
 * @param listInBody   the body is a JSON array of such objects (test results); mutations hit its first element
 * @param stored       where what it writes can be read back (null only for sign-in, which stores no record)
 */
record Endpoint(String method, String path, Supplier<Map<String, Object>> example, Set<String> required,
                boolean bodyOptional, boolean listInBody, Stored stored) {

    /**
     * Where the records an endpoint writes can be read back, to see what an accepted request stored.
     *
     * @param byId   the GET path of record n of the kind it writes, or null where records are only listed
     * @param list   a GET path listing records of that kind: where {@code byId} is null, or where the answer
     *               names no record (a duty plan makes many); null if unused
     * @param target the record the request changes (updates, workflow steps), or null when it makes new
     *               ones, named by the answer's {@code id}
     * @param single the endpoint changes one settings record that {@code list} reads whole
     */
    record Stored(LongFunction<String> byId, String list, Long target, boolean single) {
    }

    static Endpoint post(String path, Supplier<Map<String, Object>> example, String... required) {
        return new Endpoint("POST", path, example, Set.of(required), false, false, null);
    }

    static Endpoint put(String path, Supplier<Map<String, Object>> example, String... required) {
        return new Endpoint("PUT", path, example, Set.of(required), false, false, null);
    }

    /** A workflow step whose body (a comment) may be left out. */
    static Endpoint step(String path, Supplier<Map<String, Object>> example) {
        return new Endpoint("POST", path, example, Set.of(), true, false, null);
    }

    Endpoint bodyIsList() {
        return new Endpoint(method, path, example, required, bodyOptional, true, stored);
    }

    /** Makes records of a kind read at {@code byId}; the answer names them by id. */
    Endpoint creates(LongFunction<String> byId) {
        return with(new Stored(byId, null, null, false));
    }

    /** Makes records found in {@code list} (by the answer's id, or all of them if it names none). */
    Endpoint createsListed(LongFunction<String> byId, String list) {
        return with(new Stored(byId, list, null, false));
    }

    /** Changes record {@code target} of a kind read at {@code byId}. */
    Endpoint changes(LongFunction<String> byId, long target) {
        return with(new Stored(byId, null, target, false));
    }

    /** Changes the one settings record (or report) read at {@code path}. */
    Endpoint changesSingle(String path) {
        return with(new Stored(null, path, null, true));
    }

    private Endpoint with(Stored s) {
        return new Endpoint(method, path, example, required, bodyOptional, listInBody, s);
    }

    Map<String, Object> freshExample() {
        return new LinkedHashMap<>(example.get());
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
