package org.fazhi.web;

import org.fazhi.web.cli.Logging;
import org.fazhi.web.server.ServerConfig;
import org.fazhi.web.server.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the server until SIGTERM or Ctrl+C, then stops it gracefully. */
record ServeCommand(ServerConfig config) {
    int run() throws InterruptedException {
        Logging.toFiles(config.dataDir().toAbsolutePath().normalize());
        Logger log = LoggerFactory.getLogger(ServeCommand.class);
        WebServer server = WebServer.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "fazhi-shutdown"));
        if (config.today() != null) {
            log.info("日期固定为 {}(--today),时间从启动时刻起照常走", config.today());
            System.out.println("日期已固定为 " + config.today() + "(--today):页面、统计、提醒和新记录都按这一天计算。");
        }
        if (server.demoSummary() != null) {
            log.info(server.demoSummary());
            System.out.println(server.demoSummary());
        }
        log.info("数据目录:{}", server.database().folder().root());
        System.out.println("法治台账已启动:" + server.url() + "  (数据目录:" + server.database().folder().root() + ")");
        if ("0.0.0.0".equals(config.host())) {
            System.out.println("已对办公局域网开放,同事可用本机 IP 地址和端口 " + server.port() + " 访问");
        }
        if (server.setup().open()) {
            System.out.println("尚无任何账号。请在浏览器中打开下面的地址,创建第一个管理员账号(该地址只在本窗口显示):");
            System.out.println("  " + server.url() + "setup?token=" + server.setup().token());
            System.out.println("也可以在命令行创建:java -jar web.jar user add 用户名 --role admin --data " + config.dataDir()
                    + (config.database() == null ? "" : " --db '" + config.database().url() + "'"));
        }
        System.out.println("按 Ctrl+C 停止服务器。");
        server.join();
        return 0;
    }
}
