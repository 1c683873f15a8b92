package org.fazhi.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** One headless Chromium with its own profile, for one test class, and its sign-in through the login form. */
public final class Browser implements AutoCloseable {
    public static final Duration WAIT = Duration.ofSeconds(10);
    public final ChromeDriver driver;
    private final Path profile;
    private final TestServer server;

    private Browser(TestServer server, Path profile) {
        this.server = server;
        this.profile = profile;
        this.driver = Chromium.start(profile);
    }

    public static Browser on(TestServer server) {
        try {
            return new Browser(server, Files.createTempDirectory("fazhi-chrome"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void open(String path) {
        driver.get(server.baseUrl() + path);
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
        driver.executeCdpCommand("Browser.setDownloadBehavior", java.util.Map.of("behavior", "allow",
                "downloadPath", dir.toAbsolutePath().toString()));
        return dir;
    }

    /** Waits for the one finished download (no .crdownload left) in {@code dir}, named {@code suffix}. */
    public Path downloaded(Path dir, String suffix) {
        Path[] found = new Path[1];
        Chromium.waitFor(driver, WAIT, "a downloaded " + suffix + " in " + dir, () -> {
            try (java.util.stream.Stream<Path> files = Files.list(dir)) {
                List<Path> all = files.toList();
                found[0] = all.stream().filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
                return found[0] != null && all.stream().noneMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return found[0];
    }

    /** Forgets any earlier sign-in, then signs in as {@code username} (password {@link TestServer#PASSWORD}). */
    public void signIn(String username) {
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(TestServer.PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        Chromium.waitFor(driver, WAIT, "signed in", () -> !driver.getCurrentUrl().contains("/login"));
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
