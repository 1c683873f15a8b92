package org.fazhi.onlineexam.exam;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.model.ValidationException;
import org.fazhi.onlineexam.bank.QuestionType;
import org.jdbi.v3.core.Handle;

/**
 * Draws the variants of a paper from the bank's active questions at random (SecureRandom): each part's count of its
 * type, every law to cover on at least one question of each variant, and questions a variant before used only when
 * the bank has too few others. A rule the bank cannot fill is refused naming the part or the law, before anything
 * is written.
 */
final class Papers {
    private Papers() {
    }

    /** A bank question as drawn, with the laws it covers. */
    record Drawn(long id, QuestionType type, String stem, String options, String answer, List<String> laws) {
    }

    static Map<String, List<Drawn>> assemble(Handle h, ExamSetup setup) {
        Map<Long, List<String>> laws = new HashMap<>();
        h.createQuery("SELECT l.question_id, l.law FROM question_laws l JOIN questions q ON q.id = l.question_id "
                        + "WHERE q.active = 1 ORDER BY l.question_id, l.law")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> laws.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<QuestionType, List<Drawn>> bank = new HashMap<>();
        h.createQuery("SELECT id, type, stem, options, answer FROM questions WHERE active = 1 ORDER BY id")
                .map((rs, ctx) -> new Drawn(rs.getLong("id"), QuestionType.valueOf(rs.getString("type")), rs.getString("stem"),
                        rs.getString("options"), rs.getString("answer"), laws.getOrDefault(rs.getLong("id"), List.of())))
                .forEach(d -> bank.computeIfAbsent(d.type(), k -> new ArrayList<>()).add(d));
        for (ExamPart p : setup.parts()) {
            int available = bank.getOrDefault(p.type(), List.of()).size();
            if (available < p.count()) {
                throw new ValidationException("parts", p.type().label() + "需要" + p.count() + "道,题库中只有" + available + "道可用");
            }
        }
        Set<Long> used = new HashSet<>();
        Map<String, List<Drawn>> out = new LinkedHashMap<>();
        for (String variant : setup.variants()) {
            List<Drawn> paper = variant(setup, bank, used);
            paper.forEach(d -> used.add(d.id()));
            out.put(variant, paper);
        }
        return out;
    }

    private static List<Drawn> variant(ExamSetup setup, Map<QuestionType, List<Drawn>> bank, Set<Long> used) {
        // Each part's pool in a random order, the questions earlier variants did not use first.
        Map<QuestionType, List<Drawn>> pools = new HashMap<>();
        Map<QuestionType, List<Drawn>> chosen = new LinkedHashMap<>();
        for (ExamPart p : setup.parts()) {
            List<Drawn> pool = new ArrayList<>(bank.get(p.type()));
            Collections.shuffle(pool, Secrets.random());
            pool.sort(Comparator.comparing(d -> used.contains(d.id())));
            pools.put(p.type(), pool);
            chosen.put(p.type(), new ArrayList<>());
        }
        Map<QuestionType, Integer> counts = new HashMap<>();
        setup.parts().forEach(p -> counts.put(p.type(), p.count()));
        for (String law : setup.laws()) {
            if (chosen.values().stream().flatMap(List::stream).anyMatch(d -> d.laws().contains(law))) {
                continue;
            }
            Drawn pick = null;
            boolean inBank = false;
            for (ExamPart p : setup.parts()) {
                for (Drawn d : pools.get(p.type())) {
                    if (!d.laws().contains(law)) {
                        continue;
                    }
                    inBank = true;
                    List<Drawn> c = chosen.get(p.type());
                    if (c.size() < counts.get(p.type()) && !c.contains(d)
                            && (pick == null || used.contains(pick.id()) && !used.contains(d.id()))) {
                        pick = d;
                    }
                }
            }
            if (pick == null) {
                throw new ValidationException("laws", inBank
                        ? "各题型的题量不足以覆盖“" + law + "”(已被其他须覆盖的法律法规占满)"
                        : "题库中没有涉及“" + law + "”且属于所设题型的可用试题");
            }
            chosen.get(pick.type()).add(pick);
        }
        List<Drawn> paper = new ArrayList<>();
        for (ExamPart p : setup.parts()) {
            List<Drawn> c = chosen.get(p.type());
            for (Drawn d : pools.get(p.type())) {
                if (c.size() >= p.count()) {
                    break;
                }
                if (!c.contains(d)) {
                    c.add(d);
                }
            }
            Collections.shuffle(c, Secrets.random());
            paper.addAll(c);
        }
        return paper;
    }
}
