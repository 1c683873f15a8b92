package org.fazhi.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fazhi.model.ConflictException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.time.Years;
import org.fazhi.reconsideration.stats.StatsService;
import org.fazhi.report.db.AnnualReportDao;
import org.fazhi.report.deadline.ReportDeadline;
import org.fazhi.report.figures.AssessmentYear;
import org.fazhi.report.figures.LedgerFigures;
import org.fazhi.report.figures.YearFigures;
import org.fazhi.report.sentences.AssessmentSentence;
import org.fazhi.report.sentences.ReconsiderationSentence;
import org.fazhi.report.sentences.Statistic;
import org.fazhi.report.sentences.Statistics;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.core.Versions;
import org.fazhi.storage.core.db.OrgDao;
import org.fazhi.storage.figures.FigureCache;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The annual reports: read one (its statistics written from the ledgers, or frozen when published),
 * save the narratives with an optimistic version, publish and withdraw. A scoped user reaches only
 * the reports of units in their subtree; viewers read only. Every change is audited in its transaction.
 */
public final class AnnualReportService extends LedgerService {
    static final String ENTITY = "annual-report";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Statistic>> STATISTICS = new TypeReference<>() {
    };

    private final LedgerFigures ledgers;
    private final AssessmentYear assessment;
    private final StatsService reconsiderations;
    private final YearCoverage coverage;

    AnnualReportService(Jdbi jdbi, AuditLog audit, LedgerFigures ledgers, Clock clock, YearCoverage coverage) {
        super(jdbi, audit, clock);
        this.ledgers = ledgers;
        this.coverage = coverage;
        this.assessment = new AssessmentYear(jdbi, audit, clock);
        this.reconsiderations = new StatsService(jdbi, audit, clock, new FigureCache(clock));
    }

    public AnnualReport read(Actor actor, int year, long orgId) {
        Years.check(year, "year");
        Loaded l = jdbi.withHandle(h -> load(h, actor, year, orgId));
        List<Statistic> statistics = l.stored().published() ? parse(l.stored().publishedStatistics())
                : live(actor, year, orgId);
        return new AnnualReport(l.org(), year, l.stored().status(), l.stored().publishedOn(),
                ReportDeadline.of(l.org().kind(), year), l.stored().version(), statistics, l.stored());
    }

    /** The stored row (or an unsaved draft) of a unit and year, without computing any figures. */
    public StoredReport stored(Actor actor, int year, long orgId) {
        Years.check(year, "year");
        return jdbi.withHandle(h -> load(h, actor, year, orgId).stored());
    }

    /**
     * The sentences as the ledgers stand now: this year's figures against the year before's (when the ledger holds
     * that year whole, {@link YearCoverage}); then, in the report
     * of a unit that opened a 示范创建 round for the year, the round's results against its round of the year before.
     */
    List<Statistic> live(Actor actor, int year, long orgId) {
        YearFigures now = ledgers.read(actor, year, orgId);
        // No comparison with a year before the ledger's first, nor with one this ledger holds only in part.
        boolean compare = year > Years.MIN && coverage.whole(orgId, year - 1);
        YearFigures last = compare ? ledgers.read(actor, year - 1, orgId) : YearFigures.empty(year - 1);
        List<Statistic> out = new ArrayList<>(Statistics.of(now, last));
        OrgKind kind = jdbi.withHandle(h -> load(h, actor, year, orgId)).org().kind();
        out.add(ReconsiderationSentence.of(kind, reconsiderations.stats(actor, year, orgId),
                compare ? reconsiderations.stats(actor, year - 1, orgId) : null));
        Optional<AssessmentYear.Assessed> round = assessment.read(actor, year, orgId);
        AssessmentSentence.of(round, round.isEmpty() || !compare ? Optional.empty()
                : assessment.read(actor, year - 1, orgId)).ifPresent(out::add);
        return out;
    }

    /**
     * Saves narratives: parts in {@code changes} replace their text (null or blank clears it), the
     * others keep theirs. {@code expectedVersion} null means "the stored one"; 0 means "nothing saved yet".
     */
    public AnnualReport saveNarratives(Actor actor, int year, long orgId, Map<ReportPart, String> changes,
                                       Integer expectedVersion) {
        Scope.requireWriter(actor);
        Years.check(year, "year");
        Map<ReportPart, String> clean = clean(changes);
        jdbi.useTransaction(h -> {
            Loaded l = loadToChange(h, actor, year, orgId);
            if (l.stored().published()) {
                throw new ConflictException("status", "该报告已于" + l.stored().publishedOn()
                        + "标记为已公开,不能再修改;如需修改,请先撤回为草稿");
            }
            StoredReport after = write(h, l, l.stored().withNarratives(clean, base(l, expectedVersion)));
            audit.record(h, actor, AuditLog.UPDATE, ENTITY, after.id(), orgId, "修改" + title(l), l.stored(), after);
        });
        return read(actor, year, orgId);
    }

    /** Marks the report published (公开/报送) on {@code on} (today when null), freezing its statistics. */
    public AnnualReport publish(Actor actor, int year, long orgId, LocalDate on, Integer expectedVersion) {
        Scope.requireWriter(actor);
        Years.check(year, "year");
        LocalDate day = on == null ? today() : on;
        if (day.isAfter(today())) {
            throw new ValidationException("publishedOn", "公开日期不能晚于今天(" + today() + ")");
        }
        // A year's report sums up the whole year: it is due by 1 March of the next year and public by
        // 1 April, so it cannot have been published before the year was over.
        if (day.getYear() <= year) {
            throw new ValidationException("publishedOn", "公开日期 " + day + " 应晚于" + year + "年12月31日(" + year
                    + "年度报告在年度结束后公开)");
        }
        // The figures are read before the write transaction: they come from other services' handles.
        String frozen = write(live(actor, year, orgId));
        jdbi.useTransaction(h -> {
            Loaded l = loadToChange(h, actor, year, orgId);
            if (l.stored().published()) {
                throw new ConflictException("status", "该报告已于" + l.stored().publishedOn() + "标记为已公开");
            }
            StoredReport after = write(h, l, l.stored().withStatus(ReportStatus.PUBLISHED, day, frozen,
                    base(l, expectedVersion)));
            audit.record(h, actor, AuditLog.UPDATE, ENTITY, after.id(), orgId,
                    "将" + title(l) + "标记为已公开(" + day + ")", l.stored(), after);
        });
        return read(actor, year, orgId);
    }

    /** Takes a published report back to a draft: its figures are live again and its parts editable. */
    public AnnualReport withdraw(Actor actor, int year, long orgId, Integer expectedVersion) {
        Scope.requireWriter(actor);
        Years.check(year, "year");
        jdbi.useTransaction(h -> {
            Loaded l = loadToChange(h, actor, year, orgId);
            if (!l.stored().published()) {
                throw new ConflictException("status", "该报告尚未标记为已公开");
            }
            StoredReport after = write(h, l, l.stored().withStatus(ReportStatus.DRAFT, null, null,
                    base(l, expectedVersion)));
            audit.record(h, actor, AuditLog.UPDATE, ENTITY, after.id(), orgId, "将" + title(l) + "撤回为草稿",
                    l.stored(), after);
        });
        return read(actor, year, orgId);
    }

    // ---- storage ----

    private record Loaded(Org org, StoredReport stored) {
    }

    private static Loaded load(Handle h, Actor actor, int year, long orgId) {
        Scope.listRoot(h, actor, orgId); // 404 for an unknown unit, 403 outside the actor's scope
        Org org = h.attach(OrgDao.class).find(orgId).orElseThrow();
        return new Loaded(org, h.attach(AnnualReportDao.class).find(orgId, year)
                .orElse(StoredReport.empty(orgId, year)));
    }

    /**
     * As {@link #load}, for a change: a unit whose data arrives in 报送 packages is read-only here (its report comes
     * in its package, published, and the next package replaces it).
     */
    private static Loaded loadToChange(Handle h, Actor actor, int year, long orgId) {
        Loaded l = load(h, actor, year, orgId);
        Scope.requireWritable(h, orgId);
        return l;
    }

    private static int base(Loaded l, Integer expectedVersion) {
        return expectedVersion == null ? l.stored().version() : expectedVersion;
    }

    /** Inserts the first save (based on version 0) or updates the row at the expected version. */
    private StoredReport write(Handle h, Loaded l, StoredReport next) {
        AnnualReportDao dao = h.attach(AnnualReportDao.class);
        Instant now = now();
        if (l.stored().id() == null) {
            if (next.version() != 0) {
                throw Versions.stale();
            }
            dao.insert(next, now);
        } else {
            Versions.requireUpdated(dao.update(next, now));
        }
        return dao.find(l.org().id(), l.stored().year()).orElseThrow();
    }

    private static String title(Loaded l) {
        return l.org().name() + l.stored().year() + "年度法治政府建设工作报告";
    }

    /** Line ends made "\n", trailing spaces dropped, blank made null; too long is refused naming the part. */
    static Map<ReportPart, String> clean(Map<ReportPart, String> changes) {
        Map<ReportPart, String> out = new EnumMap<>(ReportPart.class);
        List<ValidationException> problems = new ArrayList<>();
        changes.forEach((part, text) -> {
            String t = text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
            if (t != null && t.length() > ReportPart.NARRATIVE_MAX) {
                problems.add(new ValidationException(part.key(), "“" + part.title() + "”不能超过"
                        + ReportPart.NARRATIVE_MAX + "字(现有" + t.length() + "字)"));
            }
            out.put(part, t == null || t.isBlank() ? null : t);
        });
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return out;
    }

    private static String write(List<Statistic> statistics) {
        try {
            return JSON.writeValueAsString(statistics);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the report's statistics", e);
        }
    }

    private static List<Statistic> parse(String json) {
        try {
            return JSON.readValue(json, STATISTICS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored statistics of a published report are unreadable", e);
        }
    }
}
