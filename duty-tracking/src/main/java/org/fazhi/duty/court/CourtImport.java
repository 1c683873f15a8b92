package org.fazhi.duty.court;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.duty.court.db.CourtCaseDao;
import org.fazhi.duty.court.db.HearingDao;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.sheets.ImportProblem;
import org.fazhi.sheets.ImportSource;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.db.OrgDao;
import org.fazhi.storage.imports.ImportHistory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Bulk import of court lists: cases with their hearings, all or none, in one transaction with one
 * audit entry for the file. The rows arrive grouped by case and already valid on their own; this
 * class checks what needs the database, reporting every problem with the spreadsheet row it came from:
 *
 * <ul>
 * <li>every defendant unit exists and lies within the actor's scope;</li>
 * <li>a case already registered (same 案号 and 审级) keeps its stored details and gets the new hearings
 * added, but only when the file names the same defendant unit;</li>
 * <li>its 裁判结果, when the file states one, may only move it out of 未结: a registered case still PENDING
 * takes the file's outcome (a court list exported after the judgment brings it in), one already concluded
 * must be given the same outcome, or the row is refused. An import never overwrites a recorded judgment
 * nor reopens a case; correcting one is an edit on the case page, audited as such;</li>
 * <li>a hearing on a date the case already has is refused, so importing a file twice adds nothing twice;</li>
 * <li>no hearing is dated before the case's filing date.</li>
 * </ul>
 */
public final class CourtImport extends LedgerService {
    /** Hearing rows per file; more would not fit a county's ledger. */
    public static final int MAX_ROWS = 200_000;
    /** Rows sent to SQLite per batch execution (bounds the memory the driver holds). */
    private static final int CHUNK = 5_000;
    /** Case numbers per look-up query, well under SQLite's limit of bound parameters. */
    private static final int LOOKUP = 500;

    /** The kind of import the module's history (duty_imports) keeps court lists under. */
    static final String KIND = "court-cases";

    private final ImportHistory ledger;

    public CourtImport(Jdbi jdbi, AuditLog audit, Clock clock) {
        super(jdbi, audit, clock);
        this.ledger = new ImportHistory("duty_imports", clock, ImportProblem::alreadyImported);
    }

    /** A hearing of the file and its row number. */
    public record Row(int row, Hearing hearing) {
    }

    /**
     * A case of the file: its details as its rows give them, and its hearings (none when the file only
     * registers the case).
     *
     * @param outcomeRow the row that states the case's 裁判结果 ({@code courtCase.outcome()}), 0 when no
     *                   row does: then a registered case's outcome is left alone, and a new one is PENDING
     */
    public record Case(int row, CourtCase courtCase, int outcomeRow, List<Row> hearings) {
        public Case {
            hearings = List.copyOf(hearings);
            if (outcomeRow < 0) {
                throw new IllegalArgumentException("outcomeRow " + outcomeRow);
            }
        }

        /** A case whose outcome, unless PENDING, is stated on its first row. */
        public Case(int row, CourtCase courtCase, List<Row> hearings) {
            this(row, courtCase, courtCase.outcome().concluded() ? row : 0, hearings);
        }
    }

    /** One problem of the file, with its row and the API field at fault (null: the row as a whole). */
    public record Problem(int row, String field, String message) {
    }

    /** The file was refused; {@link #problems()} lists every row at fault. Nothing was written. */
    public static final class Rejected extends ValidationException {
        private final List<Problem> problems;

        public Rejected(List<Problem> problems) {
            super(problems.get(0).field(), "第" + problems.get(0).row() + "行:" + problems.get(0).message());
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /**
     * @param cases    cases newly registered
     * @param existing cases already registered that got hearings added
     * @param hearings hearings stored
     * @param outcomes registered cases, PENDING until now, that took the file's 裁判结果
     */
    public record Result(int cases, int existing, int hearings, int outcomes) {
    }

    /** What the audit entry keeps about an import (the rows themselves are in the tables). */
    record Summary(String fileName, String sha256, long size, int cases, int existing, int hearings, int outcomes) {
    }

    /**
     * Stores every case and hearing of the file, or nothing.
     *
     * @throws Rejected                                 naming every row at fault
     * @throws ValidationException                      when there is nothing to import, or too much
     * @throws org.fazhi.model.AccessDeniedException    when the actor may not write
     */
    public Result importAll(Actor actor, List<Case> cases, ImportSource source) {
        return importAll(actor, cases, source, false);
    }

    /**
     * Stores every case and hearing of the file, or nothing. Unless {@code force}, a file (by SHA-256)
     * imported before is refused as a whole ({@link org.fazhi.sheets.ImportProblem#ALREADY_IMPORTED}).
     *
     * @throws org.fazhi.sheets.ImportRejected when the file was imported before and not forced
     * @throws Rejected                        naming every row at fault
     */
    public Result importAll(Actor actor, List<Case> cases, ImportSource source, boolean force) {
        Scope.requireWriter(actor);
        if (cases.isEmpty()) {
            throw new ValidationException(null, "文件中没有出庭应诉案件");
        }
        int rows = cases.stream().mapToInt(c -> Math.max(1, c.hearings().size())).sum();
        if (rows > MAX_ROWS) {
            throw new ValidationException(null, "一次最多导入" + MAX_ROWS + "行开庭记录,请分批导入");
        }
        return jdbi.inTransaction(h -> {
            ledger.requireNew(h, source.sha256(), KIND, null, force);
            CourtCaseDao caseDao = h.attach(CourtCaseDao.class);
            Map<String, CourtCase> known = registered(caseDao, cases);
            List<Problem> problems = new ArrayList<>();
            List<CourtCase> judged = check(h, actor, cases, known, problems);
            if (!problems.isEmpty()) {
                throw new Rejected(problems);
            }
            Instant now = now();
            List<CourtCase> fresh = cases.stream().map(Case::courtCase).filter(k -> !known.containsKey(key(k))).toList();
            for (int i = 0; i < fresh.size(); i += CHUNK) {
                caseDao.insertAll(fresh.subList(i, Math.min(fresh.size(), i + CHUNK)), now);
            }
            // Read back for the new cases' ids: one query per few hundred numbers, not one per case.
            Map<String, CourtCase> stored = registered(caseDao, cases);
            List<Hearing> hearings = new ArrayList<>();
            int existing = 0;
            for (Case c : cases) {
                long id = stored.get(key(c.courtCase())).id();
                if (known.containsKey(key(c.courtCase())) && !c.hearings().isEmpty()) {
                    existing++;
                }
                c.hearings().forEach(r -> hearings.add(r.hearing().withCase(id)));
            }
            HearingDao hearingDao = h.attach(HearingDao.class);
            for (int i = 0; i < hearings.size(); i += CHUNK) {
                hearingDao.insertAll(hearings.subList(i, Math.min(hearings.size(), i + CHUNK)), now);
            }
            // Each judgment brought in changes a record people look up by case: audited with it, as an edit is.
            for (CourtCase next : judged) {
                CourtCase before = known.get(key(next));
                if (caseDao.update(next, now) == 0) {
                    throw new IllegalStateException("case " + next.id() + " changed inside the import's transaction");
                }
                audit.record(h, actor, AuditLog.UPDATE, CourtCaseService.CASE, next.id(), next.defendantOrgId(),
                        "导入裁判结果 " + next.title() + ":" + before.outcome().label() + " → " + next.outcome().label()
                                + "(文件“" + source.fileName() + "”)", before, caseDao.find(next.id()).orElseThrow());
            }
            Summary summary = new Summary(source.fileName(), source.sha256(), source.size(), fresh.size(), existing,
                    hearings.size(), judged.size());
            Set<Long> units = new HashSet<>();
            cases.forEach(c -> units.add(c.courtCase().defendantOrgId()));
            audit.record(h, actor, AuditLog.CREATE, CourtCaseService.CASE, null,
                    units.size() == 1 ? units.iterator().next() : null,
                    "导入出庭应诉案件 " + fresh.size() + " 件、开庭记录 " + hearings.size() + " 条(文件“" + source.fileName()
                            + "”,SHA-256 " + source.sha256() + ")"
                            + (judged.isEmpty() ? "" : ",补登裁判结果 " + judged.size() + " 件"), null, summary);
            ledger.record(h, actor, source.sha256(), KIND, null, source.fileName(), rows);
            return new Result(fresh.size(), existing, hearings.size(), judged.size());
        });
    }

    private static String key(CourtCase c) {
        return c.caseNo() + '\u0000' + c.instance().name();
    }

    /** The registered cases among the file's, by case number and 审级. */
    private static Map<String, CourtCase> registered(CourtCaseDao dao, List<Case> cases) {
        List<String> numbers = cases.stream().map(c -> c.courtCase().caseNo()).distinct().toList();
        Map<String, CourtCase> out = new HashMap<>();
        for (int i = 0; i < numbers.size(); i += LOOKUP) {
            dao.findByNumbers(numbers.subList(i, Math.min(numbers.size(), i + LOOKUP))).forEach(c -> out.put(key(c), c));
        }
        return out;
    }

    /**
     * Every problem the database reveals, with its row; and the registered cases, PENDING until now,
     * as they are once the file's outcome is taken.
     */
    private static List<CourtCase> check(Handle h, Actor actor, List<Case> cases, Map<String, CourtCase> registered,
                                         List<Problem> problems) {
        List<CourtCase> judged = new ArrayList<>();
        OrgDao orgs = h.attach(OrgDao.class);
        Map<Long, Org> visible = new HashMap<>();
        (actor.scoped() ? orgs.subtree(actor.scopeOrgId()) : orgs.all()).forEach(o -> visible.put(o.id(), o));
        Set<Long> received = Scope.receivedUnits(h);
        HearingDao hearingDao = h.attach(HearingDao.class);
        Map<String, Integer> seen = new HashMap<>();
        for (Case c : cases) {
            CourtCase k = c.courtCase();
            Integer first = seen.putIfAbsent(key(k), c.row());
            if (first != null) {
                problems.add(new Problem(c.row(), "caseNo", "与第" + first + "行是同一案件(" + k.title() + "),请合并"));
                continue;
            }
            long unit = k.defendantOrgId();
            if (!visible.containsKey(unit)) {
                problems.add(new Problem(c.row(), "defendantOrgId", orgs.find(unit).isEmpty()
                        ? "被告单位不存在(编号 " + unit + ")" : "被告单位(编号 " + unit + ")不在本账号管辖范围内,不能导入"));
                continue;
            }
            if (received.contains(unit)) {
                problems.add(new Problem(c.row(), "defendantOrgId", Scope.received(visible.get(unit).name())));
                continue;
            }
            CourtCase known = registered.get(key(k));
            LocalDate filedOn = k.filedOn();
            Set<LocalDate> dates = new HashSet<>();
            if (known != null) {
                if (known.defendantOrgId() != unit) {
                    Org other = visible.get(known.defendantOrgId());
                    problems.add(new Problem(c.row(), "defendantOrgId", "案件 " + known.title() + " 已登记,被告单位为“"
                            + (other == null ? "编号 " + known.defendantOrgId() : other.name()) + "”,与文件中的“"
                            + visible.get(unit).name() + "”不一致"));
                    continue;
                }
                filedOn = known.filedOn();
                dates.addAll(hearingDao.dates(known.id()));
                if (c.outcomeRow() > 0 && k.outcome() != known.outcome()) {
                    if (known.outcome().concluded()) {
                        problems.add(new Problem(c.outcomeRow(), "outcome", "案件 " + known.title() + " 已登记的裁判结果为“"
                                + known.outcome().label() + "”,与文件中的“" + k.outcome().label()
                                + "”不一致;导入只补登未结案件的裁判结果,不改已登记的结果,如需更正请在案件页面修改"));
                    } else {
                        judged.add(withOutcome(known, k.outcome()));
                    }
                }
            }
            for (Row r : c.hearings()) {
                LocalDate date = r.hearing().date();
                if (filedOn != null && date.isBefore(filedOn)) {
                    problems.add(new Problem(r.row(), "date", "开庭日期 " + date + " 早于" + (known == null ? "" : "已登记的")
                            + "立案日期 " + filedOn));
                } else if (known != null && dates.contains(date)) {
                    problems.add(new Problem(r.row(), "date", "案件 " + known.title() + " 已有 " + date
                            + " 的开庭记录,不重复导入;如需更正请在案件页面修改"));
                }
            }
        }
        problems.sort((a, b) -> Integer.compare(a.row(), b.row()));
        return judged;
    }

    private static CourtCase withOutcome(CourtCase c, CaseOutcome outcome) {
        return new CourtCase(c.id(), c.caseNo(), c.court(), c.instance(), c.defendantOrgId(), c.coDefendants(), c.cause(),
                c.adminField(), c.filedOn(), outcome, c.version());
    }
}
