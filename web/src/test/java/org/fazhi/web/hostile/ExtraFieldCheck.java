package org.fazhi.web.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.fazhi.web.support.Http;

/**
 * What an accepted {@link JsonMutation.Kind#EXTRA_FIELD} try may have stored, read back and compared:
 * a client's {@code id}, {@code createdBy} or unknown field is ignored, never taken. Made before the
 * request (it reads the records the try could harm), asked after it.
 *
 * <ul>
 *   <li>the record the request changes keeps its value of the field (its id, its author, no new field);</li>
 *   <li>a record the request makes does not hold the injected value;</li>
 *   <li>with {@code "id": 1}, record 1 of the same kind, if the request is not about it, keeps every
 *       field the body names (an "upsert" of the client's id would overwrite it), or stays absent.</li>
 * </ul>
 */
final class ExtraFieldCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Ledger ledger;
    private final Endpoint endpoint;
    private final String name;
    private final JsonNode value;
    private final JsonNode sent;
    private final JsonNode targetBefore;
    private final Long victim;
    private final JsonNode victimBefore;

    private ExtraFieldCheck(Ledger ledger, Endpoint e, String name, Object value, byte[] body) {
        this.ledger = ledger;
        this.endpoint = e;
        this.name = name;
        this.value = JSON.valueToTree(value);
        JsonNode json = parse(body);
        this.sent = json != null && json.isArray() ? json.get(0) : json;
        Endpoint.Stored s = e.stored();
        if (s == null) {
            throw new AssertionError(e + " has no read-back in Ledger.endpoints(): what an extra field stored cannot be checked");
        }
        this.targetBefore = s.single() ? readSingle() : s.target() != null ? read(s.target()) : null;
        boolean aboutItself = s.single() || s.target() != null && this.value.isIntegralNumber() && s.target() == this.value.asLong();
        this.victim = name.equals("id") && this.value.isIntegralNumber() && !aboutItself ? this.value.asLong() : null;
        this.victimBefore = victim == null ? null : read(victim);
    }

    /** Reads, before {@code req} is sent, what it could harm. */
    static ExtraFieldCheck before(Ledger ledger, Endpoint e, JsonMutation m, JsonMutation.Request req) {
        return new ExtraFieldCheck(ledger, e, m.extraName(), m.extraValue(), req.body());
    }

    /** For a valid body: its answer must lead to records that can be read back (the table is right). */
    static ExtraFieldCheck readBack(Ledger ledger, Endpoint e) {
        return new ExtraFieldCheck(ledger, e, "unknownField", 1, null);
    }

    /** After the request was accepted with {@code answer}: what is wrong with what it stored, or null. */
    String problemAfter(Raw.Answer answer) {
        Endpoint.Stored s = endpoint.stored();
        String field = name + " ← " + value;
        if (s.single() || s.target() != null) {
            JsonNode after = s.single() ? readSingle() : read(s.target());
            if (after == null) {
                return "accepted " + field + ", then the record it changed cannot be read back";
            }
            if (!Objects.equals(targetBefore.get(name), after.get(name))) {
                return "accepted " + field + " and the record took it: " + name + " was " + targetBefore.get(name)
                        + ", is " + after.get(name);
            }
        } else {
            List<JsonNode> made = made(answer);
            if (made.isEmpty()) {
                return "accepted " + field + ", yet no record it made can be read back";
            }
            for (JsonNode r : made) {
                if (r == null) {
                    return "accepted " + field + ", then the record it made cannot be read back";
                }
                if (value.equals(r.get(name))) {
                    return "accepted " + field + " and the new record holds it: " + r;
                }
            }
        }
        if (victim != null) {
            JsonNode after = read(victim);
            if (victimBefore == null && after != null) {
                return "accepted " + field + " and a record " + victim + " appeared: " + after;
            }
            if (victimBefore != null) {
                if (after == null) {
                    return "accepted " + field + " and record " + victim + " is gone";
                }
                for (Iterator<String> it = sent == null ? List.<String>of().iterator() : sent.fieldNames(); it.hasNext(); ) {
                    String f = it.next();
                    if (!f.equals(name) && !Objects.equals(victimBefore.get(f), after.get(f))) {
                        return "accepted " + field + " and record " + victim + " was overwritten: " + f + " was "
                                + victimBefore.get(f) + ", is " + after.get(f);
                    }
                }
            }
        }
        return null;
    }

    /** The records an accepted create made: by the answer's id(s), or the whole list where it names none. */
    private List<JsonNode> made(Raw.Answer answer) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode a = parse(answer.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<JsonNode> named = new ArrayList<>();
        if (a != null && a.isArray()) {
            a.forEach(named::add);
        } else if (a != null) {
            named.add(a);
        }
        for (JsonNode n : named) {
            if (n.hasNonNull("id") && n.get("id").isIntegralNumber()) {
                out.add(read(n.get("id").asLong()));
            }
        }
        if (out.isEmpty() && endpoint.stored().list() != null) {
            readList().forEach(out::add);
        }
        return out;
    }

    /** Record n of the endpoint's kind, or null if there is none. */
    private JsonNode read(long n) {
        Endpoint.Stored s = endpoint.stored();
        if (s.byId() != null) {
            Http.Res r = ledger.admin.get(s.byId().apply(n));
            if (r.status() == 404) {
                return null;
            }
            return Ledger.ok(r);
        }
        for (JsonNode r : readList()) {
            if (r.path("id").asLong(-1) == n) {
                return r;
            }
        }
        return null;
    }

    private JsonNode readList() {
        JsonNode list = Ledger.ok(ledger.admin.get(endpoint.stored().list()));
        if (!list.isArray()) {
            throw new AssertionError(endpoint.stored().list() + " is not a list: " + list);
        }
        return list;
    }

    private JsonNode readSingle() {
        return Ledger.ok(ledger.admin.get(endpoint.stored().list()));
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
