package org.fazhi.web.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * One headless Chromium with its own profile, for one test class: its sign-in through the login form, its
 * waits, and the check that the console stayed clean (a CSP violation or a missing file shows up there).
 */
public final class Browser implements AutoCloseable {
    public static final Duration WAIT = Duration.ofSeconds(10);
    public final ChromeDriver driver;
    private final Path profile;
    private final TestServer server;
    private final Duration wait;

    private Browser(TestServer server, Path profile, Duration wait) {
        this.server = server;
        this.profile = profile;
        this.wait = wait;
        this.driver = Chromium.start(profile);
    }

    public static Browser on(TestServer server) {
        return on(server, WAIT);
    }

    /** A browser whose {@link #waitFor} gives up after {@code wait} (pages that upload or draw take longer). */
    public static Browser on(TestServer server, Duration wait) {
        try {
            return new Browser(server, Files.createTempDirectory("fazhi-chrome"), wait);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void open(String path) {
        driver.get(server.baseUrl() + path);
    }

    /** The path of the page now shown, without its query. */
    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The button labelled {@code label} in the page's main part. */
    public WebElement button(String label) {
        return driver.findElement(By.xpath("//main//button[normalize-space()='" + label + "']"));
    }

    /** Chooses the option {@code value} of the select named {@code select}. */
    public void choose(String select, String value) {
        driver.findElement(By.name(select)).findElement(By.cssSelector("option[value='" + value + "']")).click();
    }

    /** Waits until {@code condition} holds, failing with the page's source after this browser's wait. */
    public void waitFor(String what, BooleanSupplier condition) {
        Chromium.waitFor(driver, wait, what, condition);
    }

    /** Forgets any earlier sign-in (leaving a page that asks first), so that the next page is anonymous. */
    public void signOut() {
        open("/static/favicon.svg");
        try {
            driver.switchTo().alert().accept(); // a table left with unsaved rows asks before leaving
        } catch (NoAlertPresentException ignored) {
            // nothing was left unsaved
        }
        driver.manage().deleteAllCookies();
    }

    /**
     * Lets this browser save downloads, into a new folder under its profile; a link clicked afterwards
     * leaves its file there (see {@link #downloaded}).
     */
    public Path downloads() {
        Path dir = profile.resolve("downloads-" + System.nanoTime());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", dir.toAbsolutePath().toString()));
        return dir;
    }

    /** Waits for the one finished download (no .crdownload left) in {@code dir}, named {@code suffix}. */
    public Path downloaded(Path dir, String suffix) {
        Path[] found = new Path[1];
        waitFor("a downloaded " + suffix + " in " + dir, () -> {
            try (Stream<Path> files = Files.list(dir)) {
                List<Path> all = files.toList();
                found[0] = all.stream().filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
                return found[0] != null && all.stream().noneMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return found[0];
    }

    /**
     * Forgets any earlier sign-in, then signs in as {@code username} (password {@link TestServer#PASSWORD})
     * and empties the console log, so that {@link #assertNoErrors} speaks only of what comes after.
     */
    public void signIn(String username) {
        signOut();
        open("/login");
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(TestServer.PASSWORD);
        button("登录").click();
        waitFor("signed in as " + username,
                () -> driver.manage().getCookieNamed("FAZHI_SESSION") != null && !path().equals("/login"));
        driver.manage().logs().get(LogType.BROWSER);
    }

    /** The console holds no warning or error since the last sign-in or the last look. */
    public void assertNoErrors() {
        assertNoErrorsBut(null);
    }

    /** As {@link #assertNoErrors}, passing over the entries that contain {@code expected} (null: none). */
    public void assertNoErrorsBut(String expected) {
        List<LogEntry> problems = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .filter(e -> expected == null || !e.getMessage().contains(expected))
                .toList();
        assertTrue(problems.isEmpty(), "the browser reported no errors (CSP violations, missing files): " + problems);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            Chromium.deleteQuietly(profile);
        }
    }
}
