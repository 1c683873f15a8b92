package org.fazhi.web.hostile;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Every POST/PUT JSON endpoint, fed bodies spoiled one way at a time: wrong JSON types, 100k strings of
 * control characters, lone surrogates and RTL marks, impossible dates, huge and negative numbers,
 * unknown codes, extra and missing fields, and JSON that is not JSON. The server never answers 5xx;
 * a refusal is a 4xx {error, message} in Chinese and writes nothing (the audit log, written in the
 * same transaction as every change, does not grow); a body that must be refused is never accepted.
 * One server for all tries, as a real one sees hostile requests between ordinary ones.
 */
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
        long before = ledger.auditTotal();
        Raw.Answer a = Raw.send(ledger.server.baseUrl(), ledger.admin.token(), e.method(), e.path(), req.contentType(), req.body());
        String context = e + " with " + req + "\n→ " + a;
        if (a.status() >= 500) {
            throw new AssertionError("server fault: " + context);
        }
        if (a.ok()) {
            if (req.mustRefuse()) {
                throw new AssertionError("accepted a body that must be refused: " + context);
            }
            return;
        }
        String problem = a.problemWithRefusal();
        if (problem != null) {
            throw new AssertionError(problem + ": " + context);
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
        Arbitrary<String> junk = Arbitraries.of("\u0000", "\u0007\u001b", "\ud800", "\udfff", "\u202e\u200f", "<script>",
                "法治", "\ufeff", "'\";--", "\\").list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l));
        return Combinators.combine(Arbitraries.of(JsonMutation.Kind.class), Arbitraries.integers().between(0, 50),
                Arbitraries.integers().between(0, 50), Arbitraries.integers().between(0, 1000), junk).as(JsonMutation::new);
    }
}
