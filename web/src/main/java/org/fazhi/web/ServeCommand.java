package org.fazhi.web;

import org.fazhi.model.account.Actor;
import org.fazhi.web.cli.Logging;
import org.fazhi.web.demo.DemoCounty;
import org.fazhi.web.demo.DemoCourt;
import org.fazhi.web.demo.DemoDuties;
import org.fazhi.web.demo.DemoTraining;
import org.fazhi.web.server.ServerConfig;
import org.fazhi.web.server.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the server until SIGTERM or Ctrl+C, then stops it gracefully. */
final class ServeCommand {
    private final ServerConfig config;

    ServeCommand(ServerConfig config) {
        this.config = config;
    }

    int run() throws InterruptedException {
        Logging.toFiles(config.dataDir().toAbsolutePath().normalize());
        Logger log = LoggerFactory.getLogger(ServeCommand.class);
        WebServer server = WebServer.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "fazhi-shutdown"));
        if (config.today() != null) {
            log.info("日期固定为 {}(--today),时间从启动时刻起照常走", config.today());
            System.out.println("日期已固定为 " + config.today() + "(--today):页面、统计、提醒和新记录都按这一天计算。");
        }
        if (config.demo()) {
            loadDemo(server, log);
        }
        log.info("数据目录:{}", server.database().folder().root());
        System.out.println("法治台账已启动:" + server.url() + "  (数据目录:" + server.database().folder().root() + ")");
        if ("0.0.0.0".equals(config.host())) {
            System.out.println("已对办公局域网开放,同事可用本机 IP 地址和端口 " + server.port() + " 访问");
        }
        if (server.setup().open()) {
            System.out.println("尚无任何账号。请在浏览器中打开下面的地址,创建第一个管理员账号(该地址只在本窗口显示):");
            System.out.println("  " + server.url() + "setup?token=" + server.setup().token());
            System.out.println("也可以在命令行创建:java -jar web.jar user add 用户名 --role admin --data " + config.dataDir());
        }
        System.out.println("按 Ctrl+C 停止服务器。");
        server.join();
        return 0;
    }

    private static void loadDemo(WebServer server, Logger log) {
        if (!server.services().orgs().visible(Actor.SYSTEM).isEmpty()) {
            System.out.println("数据目录中已有数据,未载入演示数据。");
            return;
        }
        DemoCounty.Result r = new DemoCounty(server.services()).load();
        // The demo county's records lead up to the server's today (the pinned one with --today).
        java.time.LocalDate today = java.time.LocalDate.now(server.clock());
        DemoTraining.Result t = new DemoTraining(server.services(), server.training()).load(today);
        DemoCourt.Result c = new DemoCourt(server.services(), server.duty()).load(today);
        DemoDuties.Result d = new DemoDuties(server.services(), server.duty(), server.database().jdbi()).load(today);
        log.info("已载入演示数据:{} 个单位,{} 名人员,{} 次学法,{} 批测试,{} 件行政诉讼案件,{} 项第一责任人职责", r.orgs(), r.people(),
                t.sessions(), t.batches(), c.cases(), d.items());
        System.out.println("已载入演示县:" + r.orgs() + " 个单位," + r.people() + " 名人员," + t.sessions() + " 次学法记录,"
                + t.batches() + " 批任前法律知识测试(" + t.results() + " 人次)," + c.cases() + " 件行政应诉案件(审级)、"
                + c.hearings() + " 次开庭," + d.items() + " 项第一责任人职责(" + d.evidence() + " 份佐证)、" + d.lawReports()
                + " 份述法记录、" + d.rectifications() + " 项整改");
    }
}
