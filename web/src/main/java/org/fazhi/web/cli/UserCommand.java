package org.fazhi.web.cli;

import picocli.CommandLine.Command;

/** {@code user …}: account administration from the command line. */
@Command(name = "user", description = "账号管理", subcommands = UserAddCommand.class)
public final class UserCommand {
    @picocli.CommandLine.Mixin
    HelpOptions helpOptions;

}
