package org.fazhi.web.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** -h/--help and -V/--version with Chinese descriptions, and the help's Chinese headings, for every command. */
public final class HelpOptions {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "显示版本并退出")
    boolean version;

    /** Gives {@code cmd} and all its subcommands the Chinese headings of the usage help. */
    public static CommandLine withChineseHeadings(CommandLine cmd) {
        cmd.getCommandSpec().usageMessage().synopsisHeading("用法:").descriptionHeading("%n")
                .optionListHeading("%n选项:%n").commandListHeading("%n命令:%n");
        cmd.getSubcommands().values().forEach(HelpOptions::withChineseHeadings);
        return cmd;
    }
}
