package org.fazhi.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.fazhi.bench.ProvinceTree.Person;
import org.fazhi.bench.ProvinceTree.Unit;
import org.fazhi.training.exam.Outcome;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Ten years of 任前法律知识测试: the province, city and county governments hold batches of 10–40
 * candidates from their area; scores follow the paper's difficulty, outcomes are what
 * {@link Outcome#decide} makes of them (one retake allowed, the default). Most of those who fail are
 * retaken in a later batch of the same organiser, as a row pointing at the failed sitting
 * ({@code retake_of}, {@code chain_root}, {@code retake_number} 1), the way ExamService stores it.
 */
final class ExamLedger {
    private static final String BATCH_SQL = "INSERT INTO test_batches (id, org_id, date, track, paper, full_mark, pass_mark, mode, "
            + "title, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 100, ?, ?, ?, ?, ?)";
    private static final String RESULT_SQL = "INSERT INTO test_results (id, batch_id, name, person_id, org_id, current_post, "
            + "proposed_post, score, absent, retake_of, chain_root, retake_number, outcome, created_at, updated_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int MAX_RETAKES = 1;
    private static final String[] PROPOSED = {"副局长", "局长", "副主任", "科长", "副县长", "副镇长", "镇长", "副区长", "主任"};

    /** A failed first sitting waiting for its retake. */
    private record Failed(long resultId, LocalDate date, String name, Long personId, long orgId, String current, String proposed) {
    }

    private record Planned(Unit organiser, LocalDate date, int size) {
    }

    private final Handle h;
    private final ProvinceTree tree;
    private final Random random;
    private final PersonNames names;
    private final Map<Long, List<Unit>> areas = new HashMap<>();
    private final Map<Long, Deque<Failed>> waiting = new HashMap<>();
    private final Map<String, Integer> batchNumbers = new HashMap<>();
    private PreparedBatch batches;
    private PreparedBatch results;
    private long resultId;
    private int pendingRows;

    private ExamLedger(Handle h, ProvinceTree tree, Random random) {
        this.h = h;
        this.tree = tree;
        this.random = random;
        this.names = new PersonNames(random);
    }

    /** Inserts {@code total} results in batches; returns {batches, results, retakes}. */
    static int[] fill(Handle h, ProvinceTree tree, int total, int lastYear, Random random) {
        return new ExamLedger(h, tree, random).fill(total, lastYear);
    }

    private int[] fill(int total, int lastYear) {
        List<Unit> organisers = tree.units().stream().filter(Unit::government).toList();
        for (Unit o : organisers) {
            areas.put(o.id(), tree.area(o));
        }
        List<Planned> plan = new ArrayList<>();
        for (int left = total; left > 0; ) {
            int size = Math.min(left, 10 + random.nextInt(31));
            if (left - size < 10) {
                size = left;
            }
            Unit organiser = organisers.get(random.nextInt(organisers.size()));
            LocalDate date = LocalDate.of(lastYear - 9 + random.nextInt(10), 1, 1).plusDays(random.nextInt(360));
            while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                date = date.plusDays(1);
            }
            plan.add(new Planned(organiser, date, size));
            left -= size;
        }
        // Ids in date order, as batches entered over the years get them; a retake's batch is always later.
        plan.sort(Comparator.comparing(Planned::date));
        batches = h.prepareBatch(BATCH_SQL);
        results = h.prepareBatch(RESULT_SQL);
        int retakes = 0;
        long batchId = 0;
        for (Planned p : plan) {
            retakes += batch(++batchId, p, lastYear);
        }
        flush();
        return new int[] {plan.size(), (int) resultId, retakes};
    }

    /** One batch: retakes of earlier failures first, then new candidates; returns the retakes. */
    private int batch(long id, Planned p, int lastYear) {
        boolean npc = random.nextInt(10) < 3;
        int passMark = !npc && random.nextInt(5) == 0 ? 70 : 60;
        boolean computer = random.nextInt(10) < (p.date().getYear() > lastYear - 5 ? 7 : 3);
        String area = p.organiser().name().replace("人民政府", "");
        int n = batchNumbers.merge(p.organiser().id() + "/" + p.date().getYear(), 1, Integer::sum);
        var at = Stamps.at(p.date());
        batches.add(id, p.organiser().id(), p.date(), npc ? "NPC" : "NON_NPC", random.nextBoolean() ? "A卷" : "B卷", passMark,
                computer ? "COMPUTER" : "WRITTEN", area + p.date().getYear() + "年第" + n + "批任前法律知识测试", at, at);
        // Harder papers some batches: the mean score moves between about 72 and 82.
        double difficulty = random.nextInt(11);
        Deque<Failed> queue = waiting.computeIfAbsent(p.organiser().id(), k -> new ArrayDeque<>());
        int seats = p.size();
        int retakes = 0;
        while (seats > 0 && !queue.isEmpty() && retakes < p.size() / 3) {
            Failed f = queue.peekFirst();
            if (!f.date().isBefore(p.date())) {
                break;
            }
            queue.removeFirst();
            if (f.date().plusYears(1).isBefore(p.date()) || random.nextInt(10) == 0) {
                continue;
            }
            double score = score(80 - difficulty / 2);
            Outcome o = Outcome.decide(false, score, passMark, 1, MAX_RETAKES);
            add(id, f.name(), f.personId(), f.orgId(), f.current(), f.proposed(), score, false, f.resultId(), 1, o, at);
            seats--;
            retakes++;
        }
        List<Unit> candidates = areas.get(p.organiser().id());
        for (; seats > 0; seats--) {
            Unit u = candidates.get(random.nextInt(candidates.size()));
            // Most candidates are cadres not on the unit's list of heads and staff; a few are (a deputy up for
            // principal), and only those rows link to a person, as an organiser typing names would leave them.
            boolean linked = random.nextInt(10) < 2;
            Person person = linked ? tree.peopleOf(u).get(1 + random.nextInt(ProvinceTree.PEOPLE_PER_UNIT - 1)) : null;
            String name = linked ? person.name() : names.next();
            String current = linked ? person.position() : "一级主任科员";
            String proposed = PROPOSED[random.nextInt(PROPOSED.length)];
            boolean absent = random.nextInt(70) == 0;
            Double score = absent ? null : score(82 - difficulty);
            Outcome o = Outcome.decide(absent, score, passMark, 0, MAX_RETAKES);
            long rid = add(id, name, linked ? person.id() : null, u.id(), current, proposed, score, absent, null, 0, o, at);
            if (o == Outcome.DEFERRED) {
                queue.addLast(new Failed(rid, p.date(), name, linked ? person.id() : null, u.id(), current, proposed));
            }
        }
        return retakes;
    }

    private long add(long batchId, String name, Long personId, long orgId, String current, String proposed, Double score,
                     boolean absent, Long retakeOf, int retakeNumber, Outcome outcome, Object at) {
        long id = ++resultId;
        // A retake's chain starts at the sitting it retakes (only one retake is allowed, so that is the first).
        results.add(id, batchId, name, personId, orgId, current, proposed, score, absent ? 1 : 0, retakeOf, retakeOf, retakeNumber,
                outcome.name(), at, at);
        if (++pendingRows == 10_000) {
            flush();
        }
        return id;
    }

    /** Batches before their results: the results' foreign keys need them. */
    private void flush() {
        Batches.execute(batches, results);
        batches = h.prepareBatch(BATCH_SQL);
        results = h.prepareBatch(RESULT_SQL);
        pendingRows = 0;
    }

    /** A score around {@code mean} (sd 8), within 0–100, to one decimal as papers are marked. */
    private double score(double mean) {
        double s = mean + random.nextGaussian() * 8;
        return Math.round(Math.max(0, Math.min(100, s)) * 10) / 10.0;
    }
}
