package org.fazhi.web.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fazhi.web.security.ScopeCalls.Answer;
import org.fazhi.web.security.ScopeWrites.Call;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The organiser and the viewer scoped to 司法局 create, update and import naming the sibling unit
 * 财政局 or the parent county ({@link ScopeWrites}, {@link ScopeImports}): every call is refused (4xx),
 * its answer shows neither unit, and the ledger — the audit log's size and the size of every kind of
 * record — is unchanged after each row; the organiser's same call naming its own unit is accepted. A
 * refused form's page repeats what was typed (a unit name with the attack strings, in the imports),
 * escaped.
 * The admin's writes ({@link ScopeExempt#adminOnly}) answer them 403 and write nothing either.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeWriteSweepTest {
    private static final Set<Integer> REFUSED = Set.of(400, 403, 404, 409);

    @AutoClose
    private final ScopeCalls s = new ScopeCalls();

    @BeforeAll
    void start() {
        ScopeWrites.publishForWithdrawing(s, List.of(s.l.justice, s.l.finance, s.l.parent));
    }

    @Test
    void writesAndImportsNamingTheSiblingOrTheParentAreRefusedWholeAndTheOwnUnitsAreAccepted() {
        Map<String, Call> rows = new LinkedHashMap<>(ScopeWrites.all());
        rows.putAll(ScopeImports.all());
        List<String> leaks = new ArrayList<>();
        List<String> controls = new ArrayList<>();
        for (Map.Entry<String, Call> row : rows.entrySet()) {
            String before = s.fingerprint();
            for (Ledger.Unit other : List.of(s.l.finance, s.l.parent)) {
                String whose = other == s.l.finance ? "the sibling's" : "the parent's";
                for (String who : new String[] {ScopeCalls.ORGANISER, ScopeCalls.VIEWER}) {
                    Answer a = row.getValue().send(s, who, other);
                    // A refused import repeats the unit name typed in the file, once; nothing more of the unit may show.
                    String leak = row.getKey().endsWith(ScopeImports.BY_NAME) ? a.leakBeyond(1) : a.leak();
                    if (!REFUSED.contains(a.status()) || leak != null) {
                        leaks.add(who + " " + row.getKey() + " naming " + whose + " → " + a.told(leak));
                    }
                    if (a.text().startsWith("<!DOCTYPE") && (a.text().contains(Ledger.SCRIPT) || a.text().contains("<img src=x"))) {
                        leaks.add(who + " " + row.getKey() + " naming " + whose + " → a refused form shows typed text unescaped");
                    }
                }
            }
            Optional.ofNullable(s.wroteSince(before, row.getKey())).ifPresent(leaks::add);
            Answer own = row.getValue().send(s, ScopeCalls.ORGANISER, s.l.justice);
            if (!own.accepted()) {
                controls.add(row.getKey() + " naming the own unit → " + own.shortText());
            }
        }
        assertTrue(leaks.isEmpty() && controls.isEmpty(), leaks.size() + " writes reached another unit:\n" + String.join("\n", leaks)
                + "\n" + controls.size() + " of the same calls naming the organiser's own unit were not accepted, so the sweep "
                + "proves nothing for them:\n" + String.join("\n", controls));
    }

    @Test
    void theAdminsWritesAreRefusedToUnitAccounts() {
        List<String> failed = new ArrayList<>();
        for (Map.Entry<String, Call> row : ScopeExempt.adminOnly().entrySet()) {
            String before = s.fingerprint();
            for (String who : new String[] {ScopeCalls.ORGANISER, ScopeCalls.VIEWER}) {
                Answer a = row.getValue().send(s, who, s.l.justice);
                if (a.status() != 403 || a.leak() != null) {
                    failed.add(who + " " + row.getKey() + " → " + a.shortText());
                }
            }
            if (!before.equals(s.fingerprint())) {
                failed.add(row.getKey() + " wrote something although refused");
            }
        }
        assertTrue(failed.isEmpty(), failed.size() + " admin writes were not refused:\n" + String.join("\n", failed));
    }
}
