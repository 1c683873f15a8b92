package org.fazhi.web.cli;

import picocli.CommandLine.Command;

/** {@code user …}: account administration from the command line. */
@Command(name = "user", description = "账号管理", mixinStandardHelpOptions = true, subcommands = UserAddCommand.class)
public final class UserCommand {
}
