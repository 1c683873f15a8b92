package org.fazhi.web.cli;

import picocli.CommandLine.Command;

/** {@code user …}: account administration from the command line. */
@Command(name = "user", description = "账号管理", synopsisHeading = "用法:", descriptionHeading = "%n", optionListHeading = "%n选项:%n", commandListHeading = "%n命令:%n", subcommands = UserAddCommand.class)
public final class UserCommand {
    @picocli.CommandLine.Mixin
    HelpOptions helpOptions;

}
