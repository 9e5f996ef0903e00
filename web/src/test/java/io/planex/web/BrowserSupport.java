package io.planex.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium and chromedriver driven by explicit paths (overridable with CHROME_BIN and CHROMEDRIVER), so
 * Selenium Manager never runs and nothing is downloaded. Tests that need them are skipped, with a reason, where
 * they are not installed.
 */
final class BrowserSupport {
    private BrowserSupport() {}

    static String chrome() {
        return System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
    }

    static String chromedriver() {
        return System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
    }

    /** For {@code @EnabledIf}: both executables are installed. */
    static boolean available() {
        return Files.isExecutable(Path.of(chrome())) && Files.isExecutable(Path.of(chromedriver()));
    }

    static WebDriver start() {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(new File(chrome()));
        // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver())).usingAnyFreePort().build();
        return new ChromeDriver(service, o);
    }

    /** Saves what the browser shows as target/screenshots/NAME.png. */
    static Path screenshot(WebDriver driver, String name) throws java.io.IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path out = dir.resolve(name + ".png");
        Files.write(out, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return out;
    }
}
