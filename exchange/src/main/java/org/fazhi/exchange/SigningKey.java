package org.fazhi.exchange;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.fazhi.model.ValidationException;
import org.jdbi.v3.core.Jdbi;

/**
 * This instance's Ed25519 key pair, kept in the database ({@code exchange_own_key}, one row) and created on
 * first use in a transaction: two app nodes on one PostgreSQL database that both reach for it at once insert
 * one row between them ({@code ON CONFLICT DO NOTHING}) and both read the winner.
 */
public final class SigningKey {
    private static final String ALGORITHM = "Ed25519";

    private final Jdbi jdbi;
    private final Clock clock;

    public SigningKey(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The public half, as people exchange it. */
    public record PublicInfo(String pem, String fingerprint) {
    }

    private record Stored(String publicKey, String privateKey, String fingerprint) {
    }

    public PublicInfo publicKey() {
        Stored s = stored();
        return new PublicInfo(pem(Base64.getDecoder().decode(s.publicKey())), s.fingerprint());
    }

    /** The fingerprint of this instance's key (created if there is none yet). */
    public String fingerprint() {
        return stored().fingerprint();
    }

    /** Signs {@code data} with this instance's private key. */
    public byte[] sign(byte[] data) {
        Stored s = stored();
        try {
            PrivateKey key = KeyFactory.getInstance(ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(s.privateKey())));
            Signature sig = Signature.getInstance(ALGORITHM);
            sig.initSign(key);
            sig.update(data);
            return sig.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    private Stored stored() {
        return jdbi.inTransaction(h -> {
            Stored existing = h.createQuery("SELECT public_key, private_key, fingerprint FROM exchange_own_key WHERE id = 1")
                    .map((rs, ctx) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3))).findOne().orElse(null);
            if (existing != null) {
                return existing;
            }
            KeyPair pair = generate();
            byte[] der = pair.getPublic().getEncoded();
            h.createUpdate("INSERT INTO exchange_own_key (id, public_key, private_key, fingerprint, created_at) "
                            + "VALUES (1, :pub, :priv, :fp, :now) ON CONFLICT (id) DO NOTHING")
                    .bind("pub", Base64.getEncoder().encodeToString(der))
                    .bind("priv", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()))
                    .bind("fp", fingerprint(der)).bind("now", Instant.now(clock).toString()).execute();
            return h.createQuery("SELECT public_key, private_key, fingerprint FROM exchange_own_key WHERE id = 1")
                    .map((rs, ctx) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3))).one();
        });
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no Ed25519", e);
        }
    }

    /** SHA-256 of the key's DER (X.509 SubjectPublicKeyInfo), its first 16 hex digits: short enough to read out by phone. */
    public static String fingerprint(byte[] der) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der)).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pem(byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    /**
     * The Ed25519 public key in {@code pem} (X.509 SubjectPublicKeyInfo between the PEM lines).
     *
     * @throws ValidationException naming {@code publicKey} when it is not one
     */
    public static PublicKey parsePem(String pem) {
        if (pem == null || pem.isBlank()) {
            throw new ValidationException("publicKey", "公钥不能为空");
        }
        String body = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
            if (!pem.contains("-----BEGIN PUBLIC KEY-----")) {
                throw new ValidationException("publicKey", "公钥应为 PEM 格式(以“-----BEGIN PUBLIC KEY-----”开头)");
            }
            return key;
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new ValidationException("publicKey", "公钥不是有效的 Ed25519 公钥(PEM 格式,由发送方的“package key”命令导出)");
        }
    }

    /** True when {@code signature} is {@code key}'s over {@code data}. */
    public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature sig = Signature.getInstance(ALGORITHM);
            sig.initVerify(key);
            sig.update(data);
            return sig.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
