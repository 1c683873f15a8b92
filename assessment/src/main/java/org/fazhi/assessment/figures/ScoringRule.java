package org.fazhi.assessment.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.model.ValidationException;
import org.fazhi.model.calc.Percent;

/**
 * How a ledger figure becomes a suggested score for a leaf worth {@code points}. The reviewer decides the
 * score; the suggestion only saves arithmetic. Written in the indicator sheet in words people use:
 * {@code 按比例} (points × rate) or {@code 达到90%得满分} (full points at or above the threshold, else
 * points × rate ÷ threshold).
 */
public sealed interface ScoringRule {
    /**
     * The suggestion, to one decimal, never above {@code points}; empty when the figure has nothing to
     * divide by (不涉及).
     *
     * @throws ValidationException when {@code points} is missing or negative
     */
    java.util.Optional<BigDecimal> suggest(Percent figure, BigDecimal points);

    /** The leaf's points as a suggestion takes them: present and not negative. */
    static BigDecimal checkPoints(BigDecimal points) {
        if (points == null || points.signum() < 0) {
            throw new ValidationException("points", "分值不能为空或为负数");
        }
        return points;
    }

    /** The rule as the indicator sheet writes it; {@link #parse} reads it back. */
    String text();

    ScoringRule PROPORTIONAL = new Proportional();

    record Proportional() implements ScoringRule {
        @Override
        public java.util.Optional<BigDecimal> suggest(Percent figure, BigDecimal points) {
            checkPoints(points);
            if (!figure.defined()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(points.multiply(figure.value())
                    .divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP).min(points.setScale(1, RoundingMode.HALF_UP)));
        }

        @Override
        public String text() {
            return "按比例";
        }
    }

    /** Full points at or above {@code percent}; below it, in proportion to the threshold. */
    record Threshold(BigDecimal percent) implements ScoringRule {
        public Threshold {
            if (percent == null || percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new ValidationException("rule", "达标线应在0%到100%之间(不含0)");
            }
            // 90, 90.0 and 90.00 are one threshold: equal rules compare equal.
            percent = new BigDecimal(percent.stripTrailingZeros().toPlainString());
        }

        @Override
        public java.util.Optional<BigDecimal> suggest(Percent figure, BigDecimal points) {
            checkPoints(points);
            if (!figure.defined()) {
                return java.util.Optional.empty();
            }
            if (figure.value().compareTo(percent) >= 0) {
                return java.util.Optional.of(points.setScale(1, RoundingMode.HALF_UP));
            }
            return java.util.Optional.of(points.multiply(figure.value()).divide(percent, 1, RoundingMode.HALF_UP)
                    .min(points.setScale(1, RoundingMode.HALF_UP)));
        }

        @Override
        public String text() {
            return "达到" + percent.stripTrailingZeros().toPlainString() + "%得满分";
        }
    }

    Pattern THRESHOLD = Pattern.compile("达到\\s*(\\d{1,3}(?:\\.\\d)?)\\s*[%％]\\s*得满分");

    /** Reads a rule as written in the sheet or the form; blank means {@code 按比例}. */
    static ScoringRule parse(String text) {
        if (text == null || text.isBlank() || text.strip().equals("按比例")) {
            return PROPORTIONAL;
        }
        Matcher m = THRESHOLD.matcher(text.strip());
        if (m.matches()) {
            return new Threshold(new BigDecimal(m.group(1)));
        }
        throw new ValidationException("rule", "计分规则“" + text.strip() + "”无法识别,应为“按比例”或“达到90%得满分”这样的写法");
    }
}
