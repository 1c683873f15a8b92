package org.fazhi.storage.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.storage.StorageException;

/**
 * {@code manifest.json}, the last entry of a backup archive: what wrote it, the schema version of each
 * component, and the size and SHA-256 of every other entry. A restore trusts nothing in the archive
 * that this list does not name and that does not hash to what it says.
 *
 * @param schema      component → latest applied migration version in the copied database
 * @param attachments every attachment file, {@code attachments/<folder>/<ab>/<sha256>.bin}
 */
public record BackupManifest(String format, int formatVersion, String appVersion, String createdAt,
                             Map<String, Integer> schema, Entry database, List<Entry> attachments) {
    public static final String FORMAT = "fazhi-backup";
    public static final int VERSION = 1;
    public static final String MANIFEST = "manifest.json";
    public static final String DATABASE = "fazhi.db";
    /** The one shape of attachment path allowed, so no entry can name a place outside attachments/. */
    static final Pattern ATTACHMENT = Pattern.compile("attachments/([a-z0-9][a-z0-9-]{0,31})/([0-9a-f]{2})/([0-9a-f]{64})\\.bin");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** One file of the archive. */
    public record Entry(String path, long size, String sha256) {
    }

    public static String attachmentPath(String folder, String sha256) {
        return "attachments/" + folder + "/" + sha256.substring(0, 2) + "/" + sha256 + ".bin";
    }

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads and checks a manifest; anything unexpected is refused with {@code what} in the message. */
    static BackupManifest parse(byte[] json, String what) {
        BackupManifest m;
        try {
            m = JSON.readValue(json, BackupManifest.class);
        } catch (java.io.IOException e) {
            throw notOurs(what, "清单 manifest.json 无法读取");
        }
        if (m == null || !FORMAT.equals(m.format())) {
            throw notOurs(what, "清单格式不对");
        }
        if (m.formatVersion() < 1 || m.formatVersion() > VERSION) {
            throw new StorageException("备份文件 " + what + " 的格式版本为 " + m.formatVersion()
                    + ",本程序只认识到版本 " + VERSION + ",请用新版程序恢复");
        }
        if (m.schema() == null || m.schema().isEmpty() || m.database() == null || m.attachments() == null) {
            throw notOurs(what, "清单不完整");
        }
        checkEntry(m.database(), what);
        if (!DATABASE.equals(m.database().path())) {
            throw notOurs(what, "清单中的数据库文件名不对");
        }
        Set<String> seen = new HashSet<>();
        for (Entry e : m.attachments()) {
            checkEntry(e, what);
            Matcher a = ATTACHMENT.matcher(e.path());
            if (!a.matches() || !a.group(3).equals(e.sha256()) || !a.group(3).startsWith(a.group(2))) {
                throw notOurs(what, "清单中有不合规的附件路径 " + e.path());
            }
            if (!seen.add(e.path())) {
                throw notOurs(what, "清单中附件重复 " + e.path());
            }
        }
        return m;
    }

    private static void checkEntry(Entry e, String what) {
        if (e == null || e.path() == null || e.sha256() == null || !SHA256.matcher(e.sha256()).matches() || e.size() < 0) {
            throw notOurs(what, "清单中有不完整的文件条目");
        }
    }

    static StorageException notOurs(String what, String why) {
        return new StorageException("文件 " + what + " 不是有效的法治台账备份(" + why + "),未做任何改动");
    }
}
