package dev.ucdhcp.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import dev.ucdhcp.support.RealParts;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium from Debian with a fresh profile, so every session starts like
 * a colleague opening a link for the first time.
 */
final class Browser implements AutoCloseable {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final Path profile;

	private final Path downloads;

	private final ChromeDriverService service;

	final ChromeDriver driver;

	private Browser(boolean javascript, int width, int height) throws IOException {
		this.profile = Files.createTempDirectory("ucdhcp-chromium-");
		this.downloads = Files.createTempDirectory("ucdhcp-downloads-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + this.profile, "--window-size=" + width + "," + height);
		options.setExperimentalOption("prefs",
				Map.of("download.default_directory", this.downloads.toString(), "download.prompt_for_download", false,
						"profile.managed_default_content_settings.javascript", javascript ? 1 : 2));
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		this.service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(this.service, options);
		this.driver.manage().window().setSize(new Dimension(width, height));
	}

	static Browser open() throws IOException {
		return open(true, 1280, 1000);
	}

	static Browser open(boolean javascript, int width, int height) throws IOException {
		RealParts.requireExecutable("/usr/bin/chromium", "chromium");
		RealParts.requireExecutable("/usr/bin/chromedriver", "chromium-driver");
		return new Browser(javascript, width, height);
	}

	/** Runs a script in the page and returns what it returns. */
	Object script(String script, Object... arguments) {
		return this.driver.executeScript(script, arguments);
	}

	/**
	 * A DevTools command, e.g. {@code Emulation.setEmulatedMedia} for print media or a
	 * dark OS theme.
	 */
	void devTools(String command, Map<String, Object> parameters) {
		this.driver.executeCdpCommand(command, parameters);
	}

	WebDriverWait await() {
		WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(10));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	/** An element's text, read again when htmx swapped the element meanwhile. */
	String text(By locator) {
		return await().until((driver) -> driver.findElement(locator).getText());
	}

	String attribute(By locator, String name) {
		return await().until((driver) -> driver.findElement(locator).getAttribute(name));
	}

	/**
	 * The one file that appears in the download folder, waiting at most 10 seconds.
	 * Chromium writes a download under a temporary name first ({@code .crdownload}, or a
	 * hidden {@code .org.chromium.Chromium.*} file) and renames it when complete.
	 */
	Path downloaded() {
		return await().until((driver) -> {
			try (Stream<Path> files = Files.list(this.downloads)) {
				return files.map((file) -> file.getFileName().toString())
					.filter((name) -> !name.endsWith(".crdownload") && !name.startsWith("."))
					.map(this.downloads::resolve)
					.findFirst()
					.orElse(null);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * What the page wrote to the console so far: CSP violations and script errors show
	 * here.
	 */
	List<String> console() {
		return this.driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
	}

	/**
	 * The whole page, not just the window: the window grows to the page's height first.
	 */
	void screenshot(String name) throws IOException {
		Dimension window = this.driver.manage().window().getSize();
		this.driver.executeScript("window.scrollTo(0, 0)");
		Number height = (Number) this.driver.executeScript("return document.documentElement.scrollHeight");
		this.driver.manage()
			.window()
			.setSize(new Dimension(window.getWidth(), Math.min(6000, height.intValue() + 120)));
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"), this.driver.getScreenshotAs(OutputType.BYTES));
		}
		finally {
			this.driver.manage().window().setSize(window);
		}
	}

	@Override
	public void close() throws IOException {
		try {
			this.driver.quit();
		}
		finally {
			this.service.stop();
			delete(this.profile);
			delete(this.downloads);
		}
	}

	private static void delete(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
