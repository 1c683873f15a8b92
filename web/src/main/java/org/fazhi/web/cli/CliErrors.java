package org.fazhi.web.cli;

import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.ValidationException;
import org.fazhi.storage.StorageException;
import org.fazhi.storage.StorageFault;
import picocli.CommandLine;

/** Bad input and known failures end with one Chinese line on stderr and a non-zero status, no stack trace. */
public final class CliErrors implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof ValidationException || e instanceof ConflictException || e instanceof NotFoundException
                || e instanceof AccessDeniedException || e instanceof StorageException) {
            cmd.getErr().println("错误:" + e.getMessage());
            return BAD_INPUT;
        }
        StorageFault fault = StorageFault.of(e);
        if (fault != null) {
            // A full or read-only disk met after the database opened (a migration, a first write).
            cmd.getErr().println("错误:" + fault.message());
            return BAD_INPUT;
        }
        throw e;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("用法错误:" + chinese(e) + "(用 " + cmd.getCommandSpec().qualifiedName() + " --help 查看用法)");
        return USAGE;
    }

    /** Picocli's messages are English; the common ones are said again in Chinese. */
    static String chinese(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.MissingParameterException m) {
            return "缺少必需的" + m.getMissing().stream().map(CliErrors::name)
                    .collect(java.util.stream.Collectors.joining("、"));
        }
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            return "无法识别的参数或选项 " + String.join(" ", u.getUnmatched());
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            String why = e.getCause() instanceof CommandLine.TypeConversionException t && chinese(t.getMessage())
                    ? ":" + t.getMessage() : "";
            return name(e.getArgSpec()) + " 的值“" + e.getValue() + "”无效" + why;
        }
        return e.getMessage();
    }

    /** Our own converters explain a bad value in Chinese; picocli's built-in ones in English, not repeated. */
    private static boolean chinese(String message) {
        return message != null && message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String name(CommandLine.Model.ArgSpec spec) {
        if (spec instanceof CommandLine.Model.OptionSpec o) {
            return "选项 " + o.longestName();
        }
        return "参数 " + spec.paramLabel();
    }
}
