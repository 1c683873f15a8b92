package org.fazhi.exchange;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.fazhi.model.Checks;
import org.fazhi.model.ConflictException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.storage.core.LedgerService;
import org.fazhi.storage.core.Scope;
import org.jdbi.v3.core.Jdbi;

/** The senders' public keys this instance trusts (an administrator registers each once, after comparing fingerprints). */
public final class TrustedKeys extends LedgerService {
    private final SigningKey own;

    /** @param own this instance's key, which is never trusted as a sender's: a package of one's own is not received */
    public TrustedKeys(Jdbi jdbi, AuditLog audit, Clock clock, SigningKey own) {
        super(jdbi, audit, clock);
        this.own = own;
    }

    public record Trusted(long id, String name, String publicKey, String fingerprint, String trustedBy, String trustedAt) {
    }

    private static final String COLUMNS = "SELECT id, name, public_key, fingerprint, trusted_by, trusted_at FROM exchange_trusted_keys ";

    /** Trusts the key in {@code pem} under {@code name}; only an administrator may. */
    public Trusted trust(Actor actor, String name, String pem) {
        Scope.requireAdmin(actor);
        String label = Checks.requiredText(name, "name", "发送方名称", 60);
        byte[] der = SigningKey.parsePem(pem).getEncoded();
        String fingerprint = SigningKey.fingerprint(der);
        String normal = SigningKey.pem(der);
        if (fingerprint.equals(own.fingerprint())) {
            // Trusting it would let this ledger receive its own packages and mark its own units read-only.
            throw new ValidationException("publicKey", "该公钥(指纹 " + fingerprint + ")是本系统自己的公钥,不能登记为报送方;"
                    + "请登记下级单位发来的公钥");
        }
        return jdbi.inTransaction(h -> {
            Optional<Trusted> existing = h.createQuery(COLUMNS + "WHERE fingerprint = :fp").bind("fp", fingerprint)
                    .map((rs, c) -> row(rs)).findOne();
            if (existing.isPresent()) {
                throw new ConflictException("publicKey", "该公钥(指纹 " + fingerprint + ")已登记为“" + existing.get().name() + "”");
            }
            long id = h.createUpdate("INSERT INTO exchange_trusted_keys (name, public_key, fingerprint, trusted_by, trusted_at) "
                            + "VALUES (:name, :pem, :fp, :by, :at)")
                    .bind("name", label).bind("pem", normal).bind("fp", fingerprint).bind("by", actor.username())
                    .bind("at", now().toString()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            Trusted t = h.createQuery(COLUMNS + "WHERE id = :id").bind("id", id).map((rs, c) -> row(rs)).one();
            audit.record(h, actor, AuditLog.CREATE, "package-key", id, null,
                    "信任报送方公钥“" + label + "”(指纹 " + fingerprint + ")", null, t);
            return t;
        });
    }

    public Optional<Trusted> find(String fingerprint) {
        return jdbi.withHandle(h -> h.createQuery(COLUMNS + "WHERE fingerprint = :fp").bind("fp", fingerprint)
                .map((rs, c) -> row(rs)).findOne());
    }

    public List<Trusted> list() {
        return jdbi.withHandle(h -> h.createQuery(COLUMNS + "ORDER BY id").map((rs, c) -> row(rs)).list());
    }

    private static Trusted row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Trusted(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
    }
}
