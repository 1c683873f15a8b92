package org.fazhi.web.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * How one try spoils a valid body. The recipe holds only small numbers so jqwik can shrink it; it is
 * applied to the endpoint's fresh example at run time.
 *
 * @param kind  what is done
 * @param pick  which field (modulo the candidates), or which variant
 * @param value which hostile value of the kind
 * @param cut   where a truncation cuts, as a fraction in thousandths
 * @param junk  the nasty text a huge string repeats
 */
record JsonMutation(Kind kind, int pick, int value, int cut, String junk) {
    /** Non-ASCII goes out as \\uXXXX escapes, so lone surrogates reach the server as they are. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]+");
    static final String JSON_TYPE = "application/json";

    enum Kind { WRONG_STRUCTURE, SWAP_SCALAR, HUGE_STRING, BAD_DATE, NUMBER, UNKNOWN_CODE, EXTRA_FIELD, MISSING_REQUIRED, MALFORMED }

    /** The spoiled request, and whether the server must refuse it (else accepting it is allowed too). */
    record Request(String contentType, byte[] body, boolean mustRefuse, String what) {
        @Override
        public String toString() {
            String text = body == null ? "(no body)" : new String(body, StandardCharsets.UTF_8);
            return what + (mustRefuse ? " [must refuse] " : " [may pass] ") + contentType + " "
                    + (text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + " chars)" : text);
        }
    }

    /** Every way of spoiling, with small numbers jqwik can shrink and nasty text for huge strings. */
    static Arbitrary<JsonMutation> any() {
        Arbitrary<String> junk = Arbitraries.of("\u0000", "\u0007\u001b", "\ud800", "\udfff", "\u202e\u200f", "<script>",
                "法治", "\ufeff", "'\";--", "\\").list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l));
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 50),
                Arbitraries.integers().between(0, 50), Arbitraries.integers().between(0, 1000), junk).as(JsonMutation::new);
    }

    Request apply(Endpoint e) {
        Map<String, Object> body = e.freshExample();
        return switch (kind) {
            case WRONG_STRUCTURE -> {
                String f = field(body.keySet().stream().toList());
                Object old = body.get(f);
                Object bad = old instanceof List<?> ? List.of("x", Map.of(), 5, true).get(value % 4)
                        : List.of(Map.of("a", 1), List.of(1, 2), List.of(), Map.of()).get(value % 4);
                body.put(f, bad);
                yield json(e, body, true, f + " ← " + bad);
            }
            case SWAP_SCALAR -> {
                String f = field(body.keySet().stream().toList());
                Object bad = scalars().get(value % scalars().size());
                body.put(f, bad);
                yield json(e, body, bad == null && e.required().contains(f), f + " ← " + bad);
            }
            case HUGE_STRING -> {
                String f = field(body.keySet().stream().toList());
                body.put(f, huge());
                yield json(e, body, false, f + " ← 100k of " + junk);
            }
            case BAD_DATE -> {
                List<String> dates = body.entrySet().stream()
                        .filter(x -> x.getValue() instanceof String s && DATE.matcher(s).matches()).map(Map.Entry::getKey).toList();
                List<String> bad = List.of("2023-02-30", "2024-13-01", "0000-00-00", "2024-00-10", "2024-04-31", "9999999-01-01",
                        "2024/01/01", "明天");
                String d = bad.get(value % bad.size());
                // A slash date may be read leniently, as imports read it; every other one is impossible.
                boolean impossible = !d.contains("/");
                String f = dates.isEmpty() ? field(body.keySet().stream().toList()) : field(dates);
                body.put(f, d);
                yield json(e, body, impossible && !dates.isEmpty(), f + " ← " + d);
            }
            case NUMBER -> {
                List<String> numeric = body.entrySet().stream().filter(x -> x.getValue() instanceof Number)
                        .map(Map.Entry::getKey).toList();
                List<Object> numbers = List.of(-1, 0, BigInteger.ONE.shiftLeft(31), BigInteger.ONE.shiftLeft(63), 1e308,
                        "NaN", -1e308, BigInteger.ONE.shiftLeft(63).negate());
                Object n = numbers.get(value % numbers.size());
                // Past every Integer, Long and sane score: no number field of ours can hold these.
                boolean outOfRange = n instanceof BigInteger b && b.bitLength() > 62 || n instanceof Double x && Math.abs(x) > 1e300;
                String f = numeric.isEmpty() ? field(body.keySet().stream().toList()) : field(numeric);
                body.put(f, n);
                yield json(e, body, outOfRange && !numeric.isEmpty(), f + " ← " + n);
            }
            case UNKNOWN_CODE -> {
                List<String> codes = body.entrySet().stream()
                        .filter(x -> x.getValue() instanceof String s && CODE.matcher(s).matches()).map(Map.Entry::getKey).toList();
                String code = List.of("NO_SUCH_CODE", "不存在的类型", "", "   ", "0").get(value % 5);
                String f = codes.isEmpty() ? field(body.keySet().stream().toList()) : field(codes);
                body.put(f, code);
                // Blank may mean "not given" for an optional code.
                boolean must = !codes.isEmpty() && (!code.isBlank() || e.required().contains(f));
                yield json(e, body, must, f + " ← '" + code + "'");
            }
            case EXTRA_FIELD -> {
                body.put(extraName(), extraValue());
                yield json(e, body, false, "extra field " + extraName() + " ← " + extraValue());
            }
            case MISSING_REQUIRED -> {
                List<String> required = new ArrayList<>(e.required());
                required.sort(null);
                String f = required.isEmpty() ? field(body.keySet().stream().toList()) : field(required);
                body.remove(f);
                yield json(e, body, !required.isEmpty(), "without " + f);
            }
            case MALFORMED -> malformed(e, body);
        };
    }

    /**
     * The field an {@link Kind#EXTRA_FIELD} try adds: one the server must not take from a client ({@code id},
     * {@code createdBy}), one it knows nothing of, or one that means something to other languages.
     */
    String extraName() {
        return EXTRA_NAMES.get(value % EXTRA_NAMES.size());
    }

    /** The value it adds; 1 is the id of the first record of every kind, so a server taking it overwrites that one. */
    Object extraValue() {
        return EXTRA_VALUES.get(pick % EXTRA_VALUES.size());
    }

    private static final List<String> EXTRA_NAMES = List.of("unknownField", "id", "__proto__", "createdBy", "额外字段",
            "createdAt");
    private static final List<Object> EXTRA_VALUES = List.of(1, "x", Map.of("a", 1), List.of(), true);

    private Request malformed(Endpoint e, Map<String, Object> body) {
        byte[] valid = bytes(e.listInBody() ? List.of(body) : body);
        String text = new String(valid, StandardCharsets.UTF_8);
        return switch (pick % 9) {
            case 0 -> {
                int at = Math.max(1, Math.min(valid.length - 1, (int) ((long) valid.length * cut / 1000)));
                yield new Request(JSON_TYPE, text.substring(0, at).getBytes(StandardCharsets.UTF_8), true, "truncated at " + at);
            }
            case 1 -> new Request(JSON_TYPE, (text + List.of(" {}", "garbage", "]", ",", "\u0000").get(value % 5))
                    .getBytes(StandardCharsets.UTF_8), true, "trailing garbage");
            case 2 -> new Request(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "text/csv",
                    "application/octet-stream").get(value % 5), valid, true, "wrong content type");
            case 3 -> new Request(JSON_TYPE, new byte[0], !e.bodyOptional(), "empty body");
            case 4 -> {
                int depth = List.of(2_000, 100_000, 10_000).get(value % 3);
                String nested = "[".repeat(depth) + "]".repeat(depth);
                yield new Request(JSON_TYPE, nested.getBytes(StandardCharsets.UTF_8), true, "arrays nested " + depth + " deep");
            }
            case 5 -> {
                String scalar = List.of("42", "\"文本\"", "true", "null", "-1e999").get(value % 5);
                boolean may = scalar.equals("null") && e.bodyOptional();
                yield new Request(JSON_TYPE, scalar.getBytes(StandardCharsets.UTF_8), !may, "body " + scalar);
            }
            case 6 -> {
                // The wrong shape: an array where an object goes; where an array goes (test results, which
                // also take one lone object, as documented), an array of arrays.
                byte[] wrong = e.listInBody() ? bytes(List.of(List.of(body))) : bytes(List.of(body));
                yield new Request(JSON_TYPE, wrong, true, "wrong top-level shape");
            }
            case 7 -> {
                // Bytes that are not UTF-8 inside a string value.
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int quote = text.indexOf(":\"");
                int at = quote < 0 ? text.length() / 2 : quote + 2;
                out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
                out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3, (byte) 0x28, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
                out.writeBytes(text.substring(at).getBytes(StandardCharsets.UTF_8));
                yield new Request(JSON_TYPE, out.toByteArray(), true, "invalid UTF-8");
            }
            default -> new Request(JSON_TYPE, ("{\"" + "a".repeat(5) + "\":").repeat(1 + value % 3).getBytes(StandardCharsets.UTF_8),
                    true, "object cut after a name");
        };
    }

    private String field(List<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        return sorted.get(Math.floorMod(pick, sorted.size()));
    }

    private static List<Object> scalars() {
        List<Object> s = new ArrayList<>();
        s.add(null);
        s.add(true);
        s.add(false);
        s.add(7);
        s.add(3.5);
        s.add("");
        s.add("文字");
        s.add("12");
        return s;
    }

    private String huge() {
        StringBuilder b = new StringBuilder(100_000 + junk.length());
        while (b.length() < 100_000) {
            b.append(junk);
        }
        return b.toString();
    }

    private Request json(Endpoint e, Map<String, Object> body, boolean mustRefuse, String what) {
        Object whole = e.listInBody() ? List.of(new LinkedHashMap<>(body)) : body;
        return new Request(JSON_TYPE, bytes(whole), mustRefuse, what);
    }

    private static byte[] bytes(Object o) {
        try {
            return JSON.writeValueAsBytes(o);
        } catch (JsonProcessingException x) {
            throw new IllegalStateException(x);
        }
    }
}
