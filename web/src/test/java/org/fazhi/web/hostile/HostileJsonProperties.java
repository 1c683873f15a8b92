package org.fazhi.web.hostile;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Every POST/PUT JSON endpoint, fed bodies spoiled one way at a time: wrong JSON types, 100k strings of
 * control characters, lone surrogates and RTL marks, impossible dates, huge and negative numbers,
 * unknown codes, extra and missing fields, and JSON that is not JSON. The server never answers 5xx;
 * a refusal is a 4xx {error, message} in Chinese and writes nothing (the audit log, written in the
 * same transaction as every change, does not grow); a body that must be refused is never accepted;
 * an accepted extra field ({@code id}, {@code createdBy}, ...) was ignored, as reading the records back
 * shows ({@link ExtraFieldCheck}).
 * One server for all tries, as a real one sees hostile requests between ordinary ones.
 */
@AddLifecycleHook(FixedSeed.class)
class HostileJsonProperties {
    private static Ledger ledger;
    private static List<Endpoint> endpoints;

    @BeforeContainer
    static void start() {
        ledger = new Ledger();
        endpoints = ledger.endpoints();
    }

    @AfterContainer
    static void stop() {
        if (ledger != null) {
            ledger.close();
        }
    }

    @Property(tries = 400)
    void aSpoiledBodyIsRefusedCleanlyAndWritesNothing(@ForAll("endpoints") Endpoint e, @ForAll("mutations") JsonMutation m) {
        JsonMutation.Request req = m.apply(e);
        ExtraFieldCheck extra = m.kind() == JsonMutation.Kind.EXTRA_FIELD ? ExtraFieldCheck.before(ledger, e, m, req) : null;
        long before = ledger.auditTotal();
        Raw.Answer a = Raw.send(ledger.server.baseUrl(), ledger.admin.token(), e.method(), e.path(), req.contentType(), req.body());
        String context = e + " with " + req + "\n→ " + a;
        String problem = a.problemAnswering(req.mustRefuse());
        if (problem != null) {
            throw new AssertionError(problem + ": " + context);
        }
        if (a.ok()) {
            // An extra field may be ignored, never taken: read back what was stored.
            String taken = extra == null ? null : extra.problemAfter(a);
            if (taken != null) {
                throw new AssertionError(taken + ": " + context);
            }
            return;
        }
        long after = ledger.auditTotal();
        if (after != before) {
            throw new AssertionError("refused, yet " + (after - before) + " audit entries were written: " + context);
        }
    }

    @Provide
    Arbitrary<Endpoint> endpoints() {
        return Arbitraries.of(endpoints);
    }

    @Provide
    Arbitrary<JsonMutation> mutations() {
        return JsonMutation.any();
    }
}
