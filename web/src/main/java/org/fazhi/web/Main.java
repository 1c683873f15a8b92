package org.fazhi.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.fazhi.web.cli.BackupCommand;
import org.fazhi.web.cli.CliErrors;
import org.fazhi.web.cli.HelpOptions;
import org.fazhi.web.cli.PackageCommand;
import org.fazhi.web.cli.ConsoleCharset;
import org.fazhi.web.cli.DatabaseOptions;
import org.fazhi.web.cli.Logging;
import org.fazhi.web.cli.MigrateDbCommand;
import org.fazhi.web.cli.RestoreCommand;
import org.fazhi.web.cli.TodayConverter;
import org.fazhi.web.cli.UserCommand;
import org.fazhi.web.pages.Version;
import org.fazhi.web.server.ServerConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar web.jar}: serves the ledger; {@code user add}, {@code backup} and {@code restore} administer it. */
@Command(name = "web.jar", versionProvider = Main.VersionProvider.class,
        description = "法治台账:法治政府建设台账的网页服务。不带子命令时启动服务器。",
        footerHeading = "%n全部命令与选项:%n",
        footer = {
            "  java -jar web.jar [--port 8080] [--host 127.0.0.1] [--data DIR] [--demo]",
            "                    [--today YYYY-MM-DD] [--db jdbc:postgresql://…] [--attachments DIR] [--behind-proxy]",
            "                    [--active-requests N]",
            "      启动服务器;DIR 默认 ./fazhi-data,首次运行时创建;--demo 向空数据目录载入演示县",
            "      --today 把“今天”固定为某一天(演示、培训用),时间从启动时刻起照常走",
            "      --db 使用共享实例的 PostgreSQL 数据库(密码取自环境变量 FAZHI_DB_PASSWORD);",
            "      --attachments 各节点共用的附件目录;数据目录仍存放本节点的日志",
            "      --behind-proxy 只经反向代理访问的节点:客户端地址取自代理的 X-Forwarded-For 头",
            "      --active-requests N 同时处理的页面和查询请求数,其余排队(默认 CPU 核数的 2 倍,至少 4)",
            "  java -jar web.jar user add NAME --role admin|organiser|viewer [--org ID] [--name 显示名称] [--data DIR]",
            "                    [--db jdbc:postgresql://…]",
            "      新建账号,密码从标准输入读取(一行);组织者和查看者可用 --org 限定到某单位及其下级",
            "  java -jar web.jar backup --to FILE [--data DIR] [--force]",
            "      备份数据库和全部附件到 FILE(建议 备份-2026-11-23.fazhi.zip),服务器运行时也可备份",
            "  java -jar web.jar restore --from FILE [--data DIR] [--force]",
            "      从备份恢复;须先停止服务器,已有数据须加 --force,原有数据移到 backups/restore-日期时间/",
            "  java -jar web.jar migrate-db --from DIR --to jdbc:postgresql://… --attachments DIR2 [--force]",
            "      把一个县的数据目录迁入共享实例的 PostgreSQL 数据库,核对行数和哈希;附件复制到 DIR2",
            "  java -jar web.jar package key --to FILE [--data DIR | --db …]",
            "      把本实例的签名公钥写入 FILE,交给上级登记(附指纹供电话核对)",
            "  java -jar web.jar package export --org ID --year YEAR --to FILE [--data DIR | --db …]",
            "      导出该单位及其下级单位该年度的报送包(已签名)",
            "  java -jar web.jar package trust --name 名称 --key FILE [--data DIR | --db …]",
            "      信任发送方的公钥;package import FILE 接收报送包(先整体核验,通过后一次写入)",
            "  java -jar web.jar COMMAND --help",
            "      某个命令的详细说明",
            "%n出错时在标准错误输出一行中文说明并以非零状态退出(1 输入有误,2 用法错误)。"})
public final class Main implements Callable<Integer> {
    /** The commands beside serving the ledger, added by {@link #commandLine(String...)}. */
    private static final List<Class<?>> COMMANDS = List.of(UserCommand.class, BackupCommand.class, RestoreCommand.class,
            MigrateDbCommand.class, PackageCommand.class);

    @picocli.CommandLine.Mixin
    HelpOptions helpOptions;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "监听端口(默认 ${DEFAULT-VALUE};0 表示任选空闲端口)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "监听地址(默认 ${DEFAULT-VALUE} 仅本机;0.0.0.0 供办公局域网访问)")
    String host;

    @Option(names = "--data", defaultValue = "fazhi-data", paramLabel = "DIR", description = "数据目录(默认 ${DEFAULT-VALUE}),首次运行时创建")
    Path data;

    @Option(names = "--demo", description = "数据目录为空时载入一个演示县的数据")
    boolean demo;

    @picocli.CommandLine.Mixin
    DatabaseOptions database;

    @Option(names = "--behind-proxy", description = {"本节点只经办公网的反向代理(如 nginx)访问时使用:客户端地址取自代理的 X-Forwarded-For 头,",
            "登录限速和审计日志按真实地址记录。客户端能直连本节点时不要使用(地址可被伪造)"})
    boolean behindProxy;

    /**
     * Pins the server's date for demos and training rooms: every page, statistic, reminder, deadline and
     * new record takes this day as today. Only the date is pinned: the clock starts at this day's current
     * time of day and keeps running ({@link org.fazhi.web.server.ServerClock#pinned}), so changes are still
     * stamped in order, sign-in sessions still expire and login pauses still end; past midnight it is the
     * next day, as on a real server.
     */
    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = TodayConverter.class,
            description = "把“今天”固定为这一天(演示、培训用;时间照常走,过了午夜即为次日)。默认用本机日期")
    LocalDate today;

    @Option(names = "--active-requests", defaultValue = "0", paramLabel = "N",
            description = {"同时处理的页面和查询请求数,其余按到达顺序排队(默认 0:CPU 核数的 2 倍,至少 4)。",
                "下载、上传和保存不排队"})
    int activeRequests;

    public static void main(String[] args) {
        org.fazhi.web.server.StartupPhases.begin();
        ConsoleCharset.install();
        Logging.bridgeJul();
        System.exit(commandLine(args).execute(args));
    }

    /**
     * The command line that runs {@code args}. Reading the five commands' options into picocli's model costs every
     * start of the server a tenth of a second, so a plain start — the server's own options, no help asked — is parsed
     * without them. Anything else (a command, a mistyped one, --help, --version, an option refused) gets the whole
     * model, and with it the same answer as ever, "did you mean" suggestions included.
     */
    static CommandLine commandLine(String... args) {
        CommandLine serve = new CommandLine(new Main());
        if (!startsTheServer(serve, args)) {
            serve = new CommandLine(new Main());
            for (Class<?> command : COMMANDS) {
                serve.addSubcommand(command);
            }
        }
        CliErrors errors = new CliErrors();
        CommandLine cmd = HelpOptions.withChineseHeadings(serve);
        cmd.setExecutionExceptionHandler(errors);
        cmd.setParameterExceptionHandler(errors);
        return cmd;
    }

    /** Whether {@code args} parse as the server's own options alone, without asking for help or the version. */
    private static boolean startsTheServer(CommandLine serverOnly, String[] args) {
        try {
            CommandLine.ParseResult parsed = serverOnly.parseArgs(args);
            return !parsed.isUsageHelpRequested() && !parsed.isVersionHelpRequested();
        } catch (RuntimeException refused) {
            // Said again, in Chinese and with the usual exit code, when the whole model parses them.
            return false;
        }
    }

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new org.fazhi.model.ValidationException("port", "端口必须在0到65535之间");
        }
        if (activeRequests < 0 || activeRequests > 1000) {
            throw new org.fazhi.model.ValidationException("activeRequests", "--active-requests 必须在0到1000之间");
        }
        return new ServeCommand(new ServerConfig(host, port, data, demo, today, database.target(), database.attachments(), behindProxy,
                activeRequests)).run();
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"法治台账 " + Version.current()};
        }
    }
}
