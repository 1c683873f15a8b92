package org.fazhi.web.support;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A browser test class: one {@link TestServer} and one headless Chromium ({@link Browser}) for the whole
 * class, started before the class's own {@code @BeforeAll} (which may add its records through
 * {@link #server}) and closed after it, the browser first. Its waits give up after {@link #WAIT}.
 */
public abstract class BrowserCase {
    /** How long a wait lasts before it fails: pages that upload, draw or print take a while on a busy machine. */
    public static final Duration WAIT = Duration.ofSeconds(20);

    protected static TestServer server;
    protected static Browser browser;
    protected static ChromeDriver driver;

    @BeforeAll
    static void startServerAndBrowser() {
        server = new TestServer();
        browser = Browser.on(server, WAIT);
        driver = browser.driver;
    }

    @AfterAll
    static void stopServerAndBrowser() {
        try (TestServer s = server; Browser b = browser) {
            // both closed, the browser first
        } finally {
            server = null;
            browser = null;
            driver = null;
        }
    }
}
