package org.fazhi.web.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hostile properties spoil these bodies one way at a time, so each must be accepted as it is:
 * otherwise a refusal would prove nothing. Workflow steps may find the record in the wrong state (409).
 */
class ValidExamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyExampleBodyIsAccepted() throws Exception {
        try (Ledger ledger = new Ledger()) {
            List<String> refused = new ArrayList<>();
            for (Endpoint e : ledger.endpoints()) {
                Object body = e.listInBody() ? List.of(e.freshExample()) : e.freshExample();
                ExtraFieldCheck stored = ExtraFieldCheck.readBack(ledger, e);
                Raw.Answer a = Raw.send(ledger.server.baseUrl(), ledger.admin.token(), e.method(), e.path(),
                        JsonMutation.JSON_TYPE, JSON.writeValueAsBytes(body));
                if (!a.ok() && !(e.bodyOptional() && a.status() == 409)) {
                    refused.add(e + " " + body + " → " + a);
                } else if (a.ok() && stored.problemAfter(a) != null) {
                    refused.add(e + ": " + stored.problemAfter(a) + " (Ledger.endpoints() reads it back wrong)");
                }
            }
            assertTrue(refused.isEmpty(), String.join("\n", refused));
        }
    }
}
