package org.fazhi.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.Scope;
import org.fazhi.storage.exchange.YearSlice;

/**
 * The exchange module's services on one ledger: this instance's key, exporting a package, the trusted keys,
 * and taking a package in. What the command line and the server call.
 */
public final class Exchange {
    private final Database db;
    private final SigningKey key;
    private final TrustedKeys trusted;
    private final PackageWriter writer;
    private final PackageImporter importer;
    private final PackageReader.Limits limits;
    private final Path spool;
    private final Clock clock;

    public Exchange(Database db, AuditLog audit, Clock clock) {
        this(db, audit, clock, ExchangeSchema.SLICES, PackageReader.Limits.DEFAULT);
    }

    public Exchange(Database db, AuditLog audit, Clock clock, List<YearSlice> slices, PackageReader.Limits limits) {
        this(db, audit, clock, slices, limits, null);
    }

    /** {@code spool}: where an upload is copied to before it is checked (the system's temporary folder when null). */
    public Exchange(Database db, AuditLog audit, Clock clock, List<YearSlice> slices, PackageReader.Limits limits, Path spool) {
        this.db = db;
        this.key = new SigningKey(db.jdbi(), clock);
        this.trusted = new TrustedKeys(db.jdbi(), audit, clock, key);
        this.writer = new PackageWriter(db, key, slices, clock);
        this.importer = new PackageImporter(db, audit, slices, clock);
        this.limits = limits;
        this.spool = spool;
        this.clock = clock;
    }

    public SigningKey.PublicInfo publicKey() {
        return key.publicKey();
    }

    public PackageWriter.Written export(Actor actor, long orgId, int year, OutputStream out) {
        return writer.write(actor, orgId, year, out);
    }

    public TrustedKeys trustedKeys() {
        return trusted;
    }

    /**
     * Checks the package whole, then takes it in; a {@link PackageRefused} when it does not check out (nothing
     * written). The upload is copied to a temporary file first (refused once it passes the size limit) and read
     * from there an entry at a time, so memory does not grow with the package; the file is deleted afterwards,
     * taken in or refused.
     */
    public PackageImporter.Imported receive(Actor actor, InputStream in) {
        Scope.requireWriter(actor);
        Path tmp;
        try {
            tmp = spool == null ? Files.createTempFile("fazhi-receive-", ".zip")
                    : Files.createTempFile(Files.createDirectories(spool), "fazhi-receive-", ".zip");
        } catch (IOException e) {
            throw new UncheckedIOException("无法创建临时文件以接收报送包:" + e.getMessage(), e);
        }
        try {
            PackageReader.spool(in, tmp, limits);
            return receive(actor, tmp);
        } finally {
            PackageReader.deleteQuietly(tmp);
        }
    }

    /** Checks the package file whole, then takes it in (what {@code package import FILE} calls: no copy). */
    public PackageImporter.Imported receive(Actor actor, Path file) {
        Scope.requireWriter(actor);
        PackageReader.Verified p = PackageReader.verify(file, limits, trusted);
        int current = java.time.LocalDate.now(clock).getYear();
        if (p.year() > current) {
            // Only a sender whose clock runs ahead exports such a year; taken in, it would count as that year's 报送.
            throw new PackageRefused("报送包的年度" + p.year() + "年晚于本系统的今年(" + current
                    + "年),不能接收;请发送方核对系统日期后重新导出");
        }
        if (p.signer().fingerprint().equals(key.fingerprint())) {
            // Possible only where this instance's own key was trusted before that was refused: its own units
            // would become read-only here.
            throw new PackageRefused("该报送包是本系统自己导出的,不能在本系统接收;报送包应由上级单位的系统接收");
        }
        return importer.take(actor, p);
    }

    /** One package received. */
    public record Received(long id, long orgId, String orgName, int year, String sha256, String signer, String signerName,
                           String exportedAt, String receivedAt, int records) {
    }

    /** Every package received, newest first, for the 报送 status page. */
    public List<Received> received() {
        return db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT p.id, p.root_org_id, o.name, p.year, p.sha256, p.signer, p.signer_name, p.exported_at,
                               p.received_at, p.records
                        FROM exchange_packages p JOIN orgs o ON o.id = p.root_org_id ORDER BY p.received_at DESC, p.id DESC""")
                .map((rs, c) -> new Received(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10))).list());
    }

    /**
     * One unit directly below a root and what it has sent for a year: its newest package, or none yet.
     *
     * @param late     none has come, and the deadline (3月1日 of the next year) has passed
     * @param sentLate the newest package was exported after the deadline (逾期报送)
     */
    public record UnitStatus(long orgId, String orgName, String code, Received latest, boolean late, boolean sentLate) {
    }

    /**
     * The 报送 status of the units directly below {@code rootOrgId} for {@code year}: each one's newest package,
     * or none; {@code late} when none has come and 3月1日 of the next year has passed ({@code today});
     * {@code sentLate} when the year's first package was exported after that day (its exportedAt, on this ledger's
     * clock's calendar), so a year sent in the autumn does not stand as sent in time, and a correction sent after the
     * deadline does not make a year sent in time late.
     */
    public List<UnitStatus> status(Actor actor, long rootOrgId, int year, java.time.LocalDate today) {
        org.fazhi.model.time.Years.check(year, "year");
        java.time.LocalDate deadline = java.time.LocalDate.of(year + 1, 3, 1);
        List<Received> all = received();
        return db.jdbi().withHandle(h -> {
            Scope.requireWithin(h, actor, rootOrgId);
            return h.createQuery("SELECT id, name, code FROM orgs WHERE parent_id = :root ORDER BY id").bind("root", rootOrgId)
                    .map((rs, c) -> {
                        long id = rs.getLong(1);
                        Received latest = all.stream().filter(r -> r.orgId() == id && r.year() == year).findFirst().orElse(null);
                        // Late by the first package of the year: a correction sent after the deadline does not make
                        // a year sent in time late.
                        boolean sentLate = all.stream().filter(r -> r.orgId() == id && r.year() == year)
                                .map(r -> java.time.Instant.parse(r.exportedAt())).min(java.util.Comparator.naturalOrder())
                                .map(first -> java.time.LocalDate.ofInstant(first, clock.getZone()).isAfter(deadline))
                                .orElse(false);
                        return new UnitStatus(id, rs.getString(2), rs.getString(3), latest, latest == null && today.isAfter(deadline),
                                sentLate);
                    }).list();
        });
    }

    /** True when the row {@code id} of {@code table} came from a received package (read-only here). */
    public boolean isReceived(String table, long id) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM exchange_received WHERE table_name = :t AND row_id = :id")
                .bind("t", table).bind("id", id).mapTo(Long.class).one() > 0);
    }
}
