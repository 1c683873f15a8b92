package org.fazhi.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The names and the JSON of a 报送 package, shared by its writer and its reader. */
final class PackageFormat {
    static final String FORMAT = "fazhi-package";
    static final int VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final String SIGNATURE = "manifest.sig";
    static final String ORGS = "orgs.json";
    static final String PEOPLE = "people.json";
    static final String DATA = "data/";
    static final String FILES = "files/";
    /** Every entry of a written package carries this time, so the same data gives the same bytes. */
    static final long ENTRY_TIME = 1_577_836_800_000L; // 2020-01-01T00:00:00Z

    static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.INDENT_OUTPUT, true)
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
            .configure(DeserializationFeature.USE_LONG_FOR_INTS, true);

    private PackageFormat() {
    }

    /** Binds the year as a slice's conditions name it ({@code :year}, {@code :yearText}); a condition may use neither. */
    static <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T year(T statement, int year) {
        return statement.configure(org.jdbi.v3.core.statement.SqlStatements.class, c -> c.setUnusedBindingAllowed(true))
                .bind("year", year).bind("yearText", String.valueOf(year));
    }

    static String dataEntry(String module, String table) {
        return DATA + module + "/" + table + ".json";
    }

    static String fileEntry(String folder, String sha256) {
        return FILES + folder + "/" + sha256;
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** A fresh SHA-256 digest (every JDK has one). */
    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A column's value as both engines give it, in one form: whole numbers as long, others as BigDecimal. */
    static Object normal(Object v) {
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (v instanceof Double || v instanceof Float) {
            v = BigDecimal.valueOf(((Number) v).doubleValue());
        }
        if (v instanceof BigDecimal d) {
            BigDecimal s = d.stripTrailingZeros();
            if (s.scale() <= 0) {
                try {
                    return s.longValueExact();
                } catch (ArithmeticException e) {
                    return s;
                }
            }
            return s;
        }
        return v;
    }
}
