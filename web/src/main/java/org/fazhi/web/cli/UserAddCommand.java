package org.fazhi.web.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.account.Role;
import org.fazhi.model.account.UserAccount;
import org.fazhi.storage.DataFolder;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.server.Modules;
import org.fazhi.web.server.ServerClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code user add NAME --role admin|organiser|viewer [--org ID]}: the password is read from standard input. */
@Command(name = "add", description = "新建账号;密码从标准输入读取(一行)。")
public final class UserAddCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    HelpOptions helpOptions;

    @Parameters(index = "0", paramLabel = "NAME", description = "用户名")
    String username;

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin(管理员)、organiser(组织者)或 viewer(查看者)")
    String role;

    @Option(names = "--org", paramLabel = "ID", description = "组织者或查看者只能管理该单位及其下级单位")
    Long orgId;

    @Option(names = "--name", paramLabel = "显示名称", description = "页面上显示的姓名")
    String displayName;

    @picocli.CommandLine.Mixin
    LedgerOptions ledger;

    /** On the command line the roles are typed as the option's help names them: the refusal lists those words. */
    private static Role role(String typed) {
        try {
            return Role.parse(typed);
        } catch (ValidationException e) {
            throw new ValidationException("role", "角色“" + typed + "”无效,应为 admin(管理员)、organiser(组织者)或 viewer(查看者)");
        }
    }

    @Override
    public Integer call() throws IOException {
        Logging.quiet();
        // Check everything typed before the data folder is touched: bad input writes nothing.
        UserAccount draft = new UserAccount(null, username, displayName, role(role), orgId, false, 0);
        String password = UserAccount.checkPassword(readPassword());
        if (orgId != null && !ledger.database().shared()
                && !java.nio.file.Files.exists(ledger.data().resolve(DataFolder.DATABASE_FILE))) {
            throw new ValidationException("orgId", "所属单位不存在(编号 " + orgId + "):数据目录中还没有数据库");
        }
        Clock clock = ServerClock.system();
        try (Database db = ledger.open(Modules.MIGRATIONS, clock)) {
            UserAccount u = new CoreServices(db, clock).users().create(Actor.SYSTEM, draft, password);
            System.out.println("已创建账号 " + u.username() + "(" + u.role().label()
                    + (u.orgId() == null ? "" : ",限定单位编号 " + u.orgId()) + ")");
        }
        return 0;
    }

    private static String readPassword() throws IOException {
        java.io.Console console = System.console();
        if (console != null) {
            char[] pw = console.readPassword("请输入密码:");
            if (pw == null) {
                throw new ValidationException("password", "未读到密码");
            }
            return new String(pw);
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, ConsoleCharset.detect()));
        String line = in.readLine();
        if (line == null) {
            throw new ValidationException("password", "未从标准输入读到密码(应为一行)");
        }
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
