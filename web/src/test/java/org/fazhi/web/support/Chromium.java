package org.fazhi.web.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium for the browser tests, started so that it never reaches for the network,
 * with its console log kept (a CSP violation shows up there). A missing browser fails the build
 * rather than skipping the tests: CI installs it.
 */
public final class Chromium {
    public static final String BROWSER = "/usr/bin/chromium";
    public static final String DRIVER = "/usr/bin/chromedriver";

    private Chromium() {
    }

    /** A browser with its own profile folder {@code profile}. */
    public static ChromeDriver start(Path profile) {
        for (String exe : List.of(BROWSER, DRIVER)) {
            if (!Files.isExecutable(Path.of(exe))) {
                fail(exe + " not found: browser tests need Debian's chromium and chromium-driver "
                        + "(apt-get install chromium chromium-driver)");
            }
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=zh-CN",
                // Pages are sent no-store, and browsers keep such a page for Back only sometimes: the tests take
                // the case where Back fetches it anew, which the forms must bear (a form saved once, app.js).
                "--disable-back-forward-cache");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Waits until {@code condition} holds, failing with the page's source after {@code wait}. */
    public static void waitFor(WebDriver driver, Duration wait, String what, BooleanSupplier condition) {
        long end = System.nanoTime() + wait.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                String page = driver.getPageSource();
                fail("timed out waiting for " + what + "; at " + driver.getCurrentUrl() + "\n"
                        + page.substring(0, Math.min(page.length(), 4000)));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover browser profile in /tmp is harmless
        }
    }
}
