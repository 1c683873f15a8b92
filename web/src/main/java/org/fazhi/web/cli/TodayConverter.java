package org.fazhi.web.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.fazhi.model.time.Years;
import picocli.CommandLine;

/**
 * {@code --today YYYY-MM-DD}: a date that exists (2025-02-30 does not) within the ledger's years. A bad
 * value is a usage error, said in Chinese by {@link CliErrors}.
 */
public final class TodayConverter implements CommandLine.ITypeConverter<LocalDate> {
    // STRICT with 'uuuu' refuses impossible dates instead of rolling 2025-02-30 over to March.
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate convert(String value) {
        LocalDate d;
        try {
            d = LocalDate.parse(value.strip(), ISO);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("应为实际存在的日期,格式 YYYY-MM-DD,例如 2025-03-20");
        }
        if (d.getYear() < Years.MIN || d.getYear() > Years.MAX) {
            throw new CommandLine.TypeConversionException("年份应在" + Years.MIN + "到" + Years.MAX + "之间");
        }
        return d;
    }
}
