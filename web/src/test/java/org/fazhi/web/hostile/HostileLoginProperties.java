package org.fazhi.web.hostile;

import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.fazhi.web.support.TestServer;

/**
 * Sign-in fed the same spoiled bodies as every other write (see {@link HostileJsonProperties}): never a
 * 5xx, a refusal is a 4xx {error, message} in Chinese (throttling's 429 included), and a refused body
 * never yields a token. Failed sign-ins are audited on purpose, so the audit log is no measure here.
 */
@AddLifecycleHook(FixedSeed.class)
class HostileLoginProperties {
    private static Ledger ledger;
    private static final Endpoint LOGIN = Endpoint.post("/api/login",
            () -> new HashMap<>(Map.of("username", TestServer.ADMIN, "password", TestServer.PASSWORD)), "username", "password");

    @BeforeContainer
    static void start() {
        ledger = new Ledger();
    }

    @AfterContainer
    static void stop() {
        if (ledger != null) {
            ledger.close();
        }
    }

    @Property(tries = 120)
    void aSpoiledSignInIsRefusedCleanly(@ForAll("mutations") JsonMutation m) {
        JsonMutation.Request req = m.apply(LOGIN);
        Raw.Answer a = Raw.send(ledger.server.baseUrl(), "none", LOGIN.method(), LOGIN.path(), req.contentType(), req.body());
        String context = LOGIN + " with " + req + "\n→ " + a;
        String problem = a.problemAnswering(req.mustRefuse());
        if (problem != null) {
            throw new AssertionError(problem + ": " + context);
        }
        if (!a.ok() && a.body().contains("\"token\"")) {
            throw new AssertionError("a refusal carried a token: " + context);
        }
    }

    @Provide
    Arbitrary<JsonMutation> mutations() {
        return JsonMutation.any();
    }
}
