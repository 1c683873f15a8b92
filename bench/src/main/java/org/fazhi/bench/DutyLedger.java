package org.fazhi.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.fazhi.bench.ProvinceTree.Person;
import org.fazhi.bench.ProvinceTree.Unit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * 第一责任人 duties as yearly plans make them: one item per year, principal and duty of the seeded
 * catalogue (so {@code POST /api/duty-plans} for those years would add nothing), for the most recent
 * years that make up the target. Past years are mostly done and approved, with evidence notes (links
 * for the published annual report) and the review trail that got them there; a few items did not
 * apply, lag behind or were sent back. States follow DutyReviewService's rules: anything submitted
 * has evidence or does not apply; approval means DONE or NOT_APPLICABLE; a return means IN_PROGRESS.
 */
final class DutyLedger {
    private static final String ITEM_SQL = "INSERT INTO duty_items (id, year, person_id, org_id, catalog_entry_id, code, title, "
            + "frequency, legal_basis, due_date, status, na_reason, note, review_state, created_at, updated_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String EVIDENCE_SQL = "INSERT INTO duty_evidence (item_id, kind, title, url, text, effective_date, "
            + "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String REVIEW_SQL = "INSERT INTO duty_reviews (item_id, action, comment, actor, at) VALUES (?, ?, ?, ?, ?)";
    /** Who files and reviews in the generated ledger: the accounts of a 司法局 organiser and a unit. */
    private static final String UNIT_USER = "unit-clerk";
    private static final String REVIEWER = "sfj-organiser";

    record Entry(long id, String code, String title, String frequency, String legalBasis, String dueDay) {
    }

    /** Items, evidence and review steps made, and the first year planned. */
    record Made(int items, int evidence, int reviews, int fromYear) {
    }

    private final Handle h;
    private final Random random;
    private PreparedBatch items;
    private PreparedBatch evidence;
    private PreparedBatch reviews;
    private int itemCount;
    private int evidenceCount;
    private int reviewCount;

    private DutyLedger(Handle h, Random random) {
        this.h = h;
        this.random = random;
    }

    /** Plans whole years back from {@code lastYear} until about {@code target} items (at most ten years). */
    static Made fill(Handle h, ProvinceTree tree, int target, int lastYear, Random random) {
        return new DutyLedger(h, random).fill(tree, target, lastYear);
    }

    private Made fill(ProvinceTree tree, int target, int lastYear) {
        List<Entry> entries = h.createQuery("SELECT e.id, e.code, e.title, e.frequency, e.legal_basis, e.due_day "
                        + "FROM duty_catalog_entries e JOIN duty_catalog_versions v ON v.id = e.version_id "
                        + "WHERE v.version = 1 AND e.applies_to LIKE '%\"PRINCIPAL\"%' ORDER BY e.position")
                .map((rs, ctx) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)))
                .list();
        if (entries.isEmpty()) {
            throw new IllegalStateException("the seeded duty catalogue (version 1) is missing");
        }
        List<Unit> units = tree.units();
        int years = (int) Math.max(1, Math.min(10, Math.round((double) target / (units.size() * entries.size()))));
        items = h.prepareBatch(ITEM_SQL);
        evidence = h.prepareBatch(EVIDENCE_SQL);
        reviews = h.prepareBatch(REVIEW_SQL);
        for (int year = lastYear - years + 1; year <= lastYear; year++) {
            for (Unit u : units) {
                Person principal = tree.principal(u);
                for (Entry e : entries) {
                    item(year, principal, e, year < lastYear);
                }
                if (itemCount % 5_000 < entries.size()) {
                    flush();
                }
            }
        }
        flush();
        return new Made(itemCount, evidenceCount, reviewCount, lastYear - years + 1);
    }

    private void item(int year, Person p, Entry e, boolean pastYear) {
        long id = ++itemCount;
        LocalDate due = LocalDate.parse(year + "-" + e.dueDay());
        int roll = random.nextInt(100);
        boolean perEvent = "PER_EVENT".equals(e.frequency());
        // status/review: D done+approved, N not applicable+approved, S done+submitted, R returned, P in progress, Z not started
        char state = pastYear
                ? roll < 86 ? 'D' : roll < 90 ? (perEvent ? 'N' : 'D') : roll < 92 ? 'S' : roll < 94 ? 'R' : roll < 98 ? 'P' : 'Z'
                : roll < 58 ? 'D' : roll < 63 ? (perEvent ? 'N' : 'D') : roll < 75 ? 'S' : roll < 78 ? 'R' : roll < 90 ? 'P' : 'Z';
        String status = switch (state) {
            case 'D', 'S' -> "DONE";
            case 'N' -> "NOT_APPLICABLE";
            case 'R', 'P' -> "IN_PROGRESS";
            default -> "NOT_STARTED";
        };
        String review = switch (state) {
            case 'D', 'N' -> "APPROVED";
            case 'S' -> "SUBMITTED";
            case 'R' -> "RETURNED";
            default -> "DRAFT";
        };
        LocalDate worked = due.minusDays(10 + random.nextInt(60));
        if (worked.getYear() < year) {
            worked = LocalDate.of(year, 1, 15);
        }
        LocalDate submitted = worked.plusDays(1 + random.nextInt(10));
        LocalDate reviewed = submitted.plusDays(1 + random.nextInt(15));
        LocalDate touched = state == 'Z' ? LocalDate.of(year, 1, 5) : "DRAFT".equals(review) ? worked : reviewed;
        items.add(id, year, p.id(), p.orgId(), e.id(), e.code(), e.title(), e.frequency(), e.legalBasis(), due, status,
                state == 'N' ? "本年度本单位无此类事项" : null, state == 'D' && random.nextInt(10) == 0 ? "已按要求完成" : null, review,
                Stamps.at(LocalDate.of(year, 1, 5)), Stamps.at(touched));
        boolean proved = state == 'D' || state == 'S' || state == 'R' || state == 'P' && random.nextBoolean();
        if (proved) {
            proof(id, e, year, worked);
        }
        if (state != 'P' && state != 'Z') {
            reviews.add(id, "SUBMIT", null, UNIT_USER, Stamps.at(submitted));
            reviewCount++;
        }
        if (state == 'D' || state == 'N') {
            reviews.add(id, "APPROVE", state == 'N' ? "情况属实" : "材料齐全,同意", REVIEWER, Stamps.at(reviewed));
            reviewCount++;
        } else if (state == 'R') {
            reviews.add(id, "RETURN", "佐证材料不完整,请补充会议纪要原件扫描件", REVIEWER, Stamps.at(reviewed));
            reviewCount++;
        }
    }

    /** The annual report is proved by its public link, everything else by a 情况说明 note. */
    private void proof(long itemId, Entry e, int year, LocalDate worked) {
        if ("ANNUAL_REPORT".equals(e.code())) {
            evidence.add(itemId, "LINK", "法治政府建设年度报告(公开链接)", "http://www.example.gov.cn/fzzfjs/" + year + "/ndbg.html", null,
                    worked, Stamps.at(worked), UNIT_USER);
        } else {
            evidence.add(itemId, "NOTE", "履职情况说明", null, "本年度已按要求履行“" + e.title() + "”职责,相关材料已存档备查。", worked,
                    Stamps.at(worked), UNIT_USER);
        }
        evidenceCount++;
    }

    /** Items before their evidence and reviews: those rows' foreign keys need them. */
    private void flush() {
        Batches.execute(items, evidence, reviews);
        items = h.prepareBatch(ITEM_SQL);
        evidence = h.prepareBatch(EVIDENCE_SQL);
        reviews = h.prepareBatch(REVIEW_SQL);
    }
}
