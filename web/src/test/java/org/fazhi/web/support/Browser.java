package org.fazhi.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
