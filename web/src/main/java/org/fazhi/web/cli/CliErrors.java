package org.fazhi.web.cli;

import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.ConflictException;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.ValidationException;
import org.fazhi.storage.StorageException;
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
        throw e;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("用法错误:" + e.getMessage() + "(用 " + cmd.getCommandSpec().qualifiedName() + " --help 查看用法)");
        return USAGE;
    }
}
