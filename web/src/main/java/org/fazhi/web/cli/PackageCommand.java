package org.fazhi.web.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.fazhi.exchange.Exchange;
import org.fazhi.exchange.PackageImporter;
import org.fazhi.exchange.PackageWriter;
import org.fazhi.exchange.SigningKey;
import org.fazhi.exchange.TrustedKeys;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.storage.Database;
import org.fazhi.storage.core.AuditLog;
import org.fazhi.web.server.Modules;
import org.fazhi.web.server.ServerClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code package …}: 报送 packages — this instance's key, exporting a year, trusting a sender, importing. */
@Command(name = "package", description = "报送包:导出本实例公钥、导出某单位某年度的报送包、信任发送方公钥、接收报送包",
        subcommands = {PackageCommand.Key.class, PackageCommand.Export.class, PackageCommand.Trust.class,
            PackageCommand.Import.class})
public final class PackageCommand {
    @Mixin
    HelpOptions helpOptions;

    /** Where the ledger is: the --data folder or, with --db, the shared instance. */
    abstract static class OnLedger implements Callable<Integer> {
        @Mixin
        HelpOptions helpOptions;

        @Mixin
        LedgerOptions ledger;

        @Override
        public Integer call() throws IOException {
            Logging.quiet();
            check();
            Clock clock = ServerClock.system();
            try (Database db = ledger.open(Modules.MIGRATIONS, clock)) {
                run(new Exchange(db, new AuditLog(db.jdbi(), clock), clock));
            }
            return 0;
        }

        /** Checks what was typed before the ledger is opened: bad input touches nothing. */
        void check() {
        }

        abstract void run(Exchange exchange) throws IOException;
    }

    @Command(name = "key", description = "把本实例的签名公钥(PEM)写入 FILE,交给上级登记;同时显示指纹供电话核对")
    static final class Key extends OnLedger {
        @Option(names = "--to", required = true, paramLabel = "FILE", description = "公钥文件(如 清河县.pem)")
        Path to;

        @Override
        void run(Exchange exchange) throws IOException {
            SigningKey.PublicInfo key = exchange.publicKey();
            write(to, out -> out.write(key.pem().getBytes(StandardCharsets.US_ASCII)));
            System.out.println("已写入公钥 " + to + ",指纹 " + key.fingerprint() + "(请与接收方电话核对)");
        }
    }

    @Command(name = "export", description = "导出某单位及其下级单位某年度的报送包(已签名)")
    static final class Export extends OnLedger {
        @Option(names = "--org", required = true, paramLabel = "ID", description = "报送单位编号(须已填写统一社会信用代码)")
        long orgId;

        @Option(names = "--year", required = true, paramLabel = "YEAR", description = "年度")
        int year;

        @Option(names = "--to", required = true, paramLabel = "FILE", description = "报送包文件(如 清河县-2025.fazhi-package.zip)")
        Path to;

        @Override
        void check() {
            org.fazhi.model.time.Years.check(year, "year");
        }

        @Override
        void run(Exchange exchange) throws IOException {
            PackageWriter.Written[] written = new PackageWriter.Written[1];
            write(to, out -> written[0] = exchange.export(Actor.SYSTEM, orgId, year, out));
            PackageWriter.Written w = written[0];
            int records = w.counts().entrySet().stream().filter(e -> !e.getKey().equals("orgs") && !e.getKey().equals("people"))
                    .mapToInt(java.util.Map.Entry::getValue).sum();
            System.out.println("已导出“" + w.rootName() + "”" + w.year() + "年度报送包 " + to + ":单位 " + w.counts().get("orgs")
                    + " 个,人员 " + w.counts().get("people") + " 人,记录 " + records + " 条,附件 " + w.files() + " 个;SHA-256 " + w.sha256());
        }
    }

    @Command(name = "trust", description = "信任一个发送方的公钥(先与对方电话核对指纹)")
    static final class Trust extends OnLedger {
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "发送方名称(如 清河县)")
        String name;

        @Option(names = "--key", required = true, paramLabel = "FILE", description = "对方用 package key 导出的公钥文件")
        Path key;

        private String pem;

        @Override
        void check() {
            try {
                pem = Files.readString(key, StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new ValidationException("key", "无法读取公钥文件 " + key + ":" + e.getMessage());
            }
            SigningKey.parsePem(pem);
        }

        @Override
        void run(Exchange exchange) {
            TrustedKeys.Trusted t = exchange.trustedKeys().trust(Actor.SYSTEM, name, pem);
            System.out.println("已信任“" + t.name() + "”的公钥,指纹 " + t.fingerprint());
        }
    }

    @Command(name = "import", description = "接收报送包:先整体核验(签名、哈希、可信公钥、年度),通过后一次写入")
    static final class Import extends OnLedger {
        @Parameters(index = "0", paramLabel = "FILE", description = "报送包文件")
        Path file;

        @Override
        void check() {
            if (!Files.isRegularFile(file)) {
                throw new ValidationException("file", "报送包文件不存在:" + file);
            }
        }

        @Override
        void run(Exchange exchange) throws IOException {
            // Read from the file itself, an entry at a time: no copy, and memory does not grow with the package.
            PackageImporter.Imported r = exchange.receive(Actor.SYSTEM, file);
            if (r.unchanged()) {
                System.out.println("该报送包此前已接收,未作改动");
            } else {
                System.out.println("已接收报送包:单位编号 " + r.orgId() + "," + r.year() + "年度,记录 " + r.records() + " 条"
                        + (r.replaced() ? "(替换了此前接收的版本)" : ""));
            }
        }
    }

    interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** Writes under a temporary name beside {@code to}, then moves it into place: no half-written file is left. */
    static void write(Path to, Writing body) throws IOException {
        Path target = to.toAbsolutePath();
        Path dir = target.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, ".package-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                body.to(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
