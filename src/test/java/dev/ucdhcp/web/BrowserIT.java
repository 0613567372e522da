package dev.ucdhcp.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page in a real browser: what an administrator does, by mouse and by keyboard, with
 * and without JavaScript.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserIT {

	private static final String OPTION_120 = "00046C796E63077363686572747A056C6F63616C00";

	@LocalServerPort
	private int port;

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void typingThePoolShowsThePreviewAndPushesThePermalink() throws Exception {
		try (Browser browser = Browser.open()) {
			WebDriver driver = browser.driver;
			driver.get(url("/"));
			assertThat(browser.text(By.id("result"))).contains("Your config appears here");
			driver.findElement(By.id("f-pool")).sendKeys("lync.schertz.local");
			browser.await().until(ExpectedConditions.textToBe(By.id("hex120"), OPTION_120));
			assertThat(browser.text(By.id("hex43"))).hasSize(170);
			browser.await().until(ExpectedConditions.urlContains("pool=lync.schertz.local"));
			assertThat(driver.getCurrentUrl()).isEqualTo(url("/?pool=lync.schertz.local&vendor=netsh"));
			assertThat(browser.text(By.id("config-text"))).contains("netsh");
			assertThat(htmxLoaded(driver)).isTrue();
			assertThat(browser.console()).as("console: CSP violations or script errors")
				.noneMatch((line) -> line.contains("Content Security Policy") || line.contains("Uncaught"));
			browser.screenshot("01-preview-netsh");
		}
	}

	@Test
	void switchingTheVendorChangesTheConfigAndTheDownloadEqualsTheApi() throws Exception {
		try (Browser browser = Browser.open()) {
			WebDriver driver = browser.driver;
			driver.get(url("/?pool=lync.schertz.local"));
			String netsh = browser.text(By.id("config-text"));
			driver.findElement(By.cssSelector("label[for=v-kea]")).click();
			browser.await().until(ExpectedConditions.attributeToBe(By.id("config-text"), "data-vendor", "kea"));
			String kea = browser.text(By.id("config-text"));
			assertThat(kea).isNotEqualTo(netsh).contains("Dhcp4");
			browser.await().until(ExpectedConditions.urlContains("vendor=kea"));
			browser.screenshot("02-result-kea");
			driver.findElement(By.cssSelector("label[for=v-cisco]")).click();
			browser.await().until(ExpectedConditions.attributeToBe(By.id("config-text"), "data-vendor", "cisco"));
			assertThat(browser.text(By.id("config-text"))).contains("ip dhcp pool").contains("option 43 hex");
			browser.screenshot("03-result-cisco");
			driver.findElement(By.id("download")).click();
			Path file = browser.downloaded();
			assertThat(file.getFileName().toString()).endsWith(".txt");
			assertThat(Files.readString(file, StandardCharsets.UTF_8))
				.isEqualTo(get("/api/v1/config/cisco?pool=lync.schertz.local"));
		}
	}

	@Test
	void thePermalinkReproducesInputsAndHexInAFreshSession() throws Exception {
		String permalink;
		String hex43;
		try (Browser browser = Browser.open()) {
			WebDriver driver = browser.driver;
			driver.get(url("/"));
			driver.findElement(By.cssSelector("input[name=topology][value=director]")).click();
			driver.findElement(By.id("f-pool")).sendKeys("pool1.contoso.com");
			driver.findElement(By.id("f-director")).sendKeys("dir.contoso.com");
			driver.findElement(By.cssSelector("details.advanced summary")).click();
			driver.findElement(By.id("f-port")).sendKeys("4443");
			driver.findElement(By.cssSelector("label[for=v-isc]")).click();
			browser.await().until(ExpectedConditions.urlContains("port=4443"));
			browser.await().until(ExpectedConditions.attributeToBe(By.id("config-text"), "data-vendor", "isc"));
			browser.await().until(ExpectedConditions.urlContains("vendor=isc"));
			permalink = driver.getCurrentUrl();
			hex43 = browser.text(By.id("hex43"));
			assertThat(browser.attribute(By.id("permalink"), "href")).isEqualTo(permalink);
		}
		try (Browser fresh = Browser.open()) {
			WebDriver driver = fresh.driver;
			Browser browser = fresh;
			driver.get(permalink);
			assertThat(browser.attribute(By.id("f-pool"), "value")).isEqualTo("pool1.contoso.com");
			assertThat(browser.attribute(By.id("f-director"), "value")).isEqualTo("dir.contoso.com");
			assertThat(browser.attribute(By.id("f-port"), "value")).isEqualTo("4443");
			assertThat(driver.findElement(By.id("v-isc")).isSelected()).isTrue();
			assertThat(browser.text(By.id("hex43"))).isEqualTo(hex43);
			assertThat(browser.text(By.id("hex120"))).contains("03646972"); // "dir"
																			// label
		}
	}

	@Test
	void badInputShowsTheMessageAtItsField() throws Exception {
		try (Browser browser = Browser.open()) {
			WebDriver driver = browser.driver;
			driver.get(url("/?pool=lync.schertz.local&vendor=kea"));
			WebElement pool = driver.findElement(By.id("f-pool"));
			pool.clear();
			pool.sendKeys("lync_pool");
			browser.await().until(ExpectedConditions.textMatches(By.id("e-pool"), Pattern.compile(".+")));
			assertThat(browser.attribute(By.id("f-pool"), "aria-invalid")).isEqualTo("true");
			assertThat(browser.attribute(By.id("f-pool"), "value")).isEqualTo("lync_pool");
			assertThat(driver.findElements(By.id("config-text"))).isEmpty();
			assertThat(browser.text(By.id("result"))).contains("Nothing to paste yet");
			assertNoAccessibilityViolations(driver);
			browser.screenshot("04-field-error");
		}
	}

	@Test
	void theDecoderExplainsAPastedCiscoLine() throws Exception {
		try (Browser browser = Browser.open()) {
			WebDriver driver = browser.driver;
			driver.get(url("/decode"));
			driver.findElement(By.id("f-hex"))
				.sendKeys("option 43 hex 010c.4d53.2d55.432d.436c.6965.6e74.0205.6874.7470.7303.126c.796e.632e.7363"
						+ ".6865.7274.7a2e.6c6f.6361.6c04.0334.3433.0525.2f43.6572.7450.726f.762f.4365.7274.5072"
						+ ".6f76.6973.696f.6e69.6e67.5365.7276.6963.652e.7376.63");
			browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("decoded"), "Byte by byte"));
			assertThat(browser.text(By.id("decoded")))
				.contains("https://lync.schertz.local:443/CertProv/CertProvisioningService.svc");
			browser.await().until(ExpectedConditions.urlContains("/decode?hex="));
			assertNoAccessibilityViolations(driver);
			browser.screenshot("05-decoder");
			WebElement hex = driver.findElement(By.id("f-hex"));
			hex.clear();
			hex.sendKeys("010C4D532D55432D436C69656E740205687474");
			browser.await()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decoded"), "Something is wrong"));
			assertThat(driver.findElements(By.cssSelector("#decoded .findings li.error"))).isNotEmpty();
			browser.screenshot("06-decoder-truncated");
		}
	}

	@Test
	void keyboardAloneGetsAConfigAndCopiesIt() throws Exception {
		try (Browser browser = Browser.open()) {
			WebDriver driver = browser.driver;
			driver.get(url("/"));
			Actions keys = new Actions(driver);
			tabUntil(driver, keys, "the skip link", (element) -> "skip".equals(element.getAttribute("class")));
			keys.sendKeys(Keys.ENTER).perform();
			tabUntil(driver, keys, "the pool field", id("f-pool"));
			assertThat(outline(driver)).isNotEqualTo("none");
			keys.sendKeys("lync.schertz.local").perform();
			browser.await().until(ExpectedConditions.textToBe(By.id("hex120"), OPTION_120));
			tabUntil(driver, keys, "the vendor tabs", id("v-netsh"));
			keys.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT).perform();
			assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("v-kea");
			assertThat(outline(driver)).isNotEqualTo("none");
			browser.await().until(ExpectedConditions.attributeToBe(By.id("config-text"), "data-vendor", "kea"));
			tabUntil(driver, keys, "the copy button",
					(element) -> "#config-text".equals(element.getAttribute("data-copy")));
			keys.sendKeys(Keys.ENTER).perform();
			browser.await()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("button.copy.primary"),
						"Copied"));
			browser.screenshot("07-keyboard");
		}
	}

	@Test
	void withoutJavaScriptTheFormIsAPlainGet() throws Exception {
		try (Browser browser = Browser.open(false, 1280, 1000)) {
			WebDriver driver = browser.driver;
			driver.get(url("/"));
			driver.findElement(By.id("f-pool")).sendKeys("lync.schertz.local");
			driver.findElement(By.cssSelector("label[for=v-kea]")).click();
			driver.findElement(By.cssSelector("button[type=submit].primary")).click();
			browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("hex120")));
			assertThat(driver.getCurrentUrl()).contains("pool=lync.schertz.local").contains("vendor=kea");
			assertThat(browser.text(By.id("hex120"))).isEqualTo(OPTION_120);
			assertThat(browser.attribute(By.id("config-text"), "data-vendor")).isEqualTo("kea");
		}
	}

	@Test
	void aPhoneWidthScreenNeedsNoSidewaysScrolling() throws Exception {
		try (Browser browser = Browser.open(true, 390, 844)) {
			WebDriver driver = browser.driver;
			driver.get(url("/?pool=lync.schertz.local&vendor=kea"));
			browser.screenshot("08-phone");
			JavascriptExecutor script = (JavascriptExecutor) driver;
			Number overflow = (Number) script
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
			Object tooWide = script.executeScript("var w = document.documentElement.clientWidth;"
					+ " return Array.from(document.querySelectorAll('body *')).filter(function (e) {"
					+ " return !e.closest('.scroll, pre') && e.getBoundingClientRect().right > w + 1; })"
					+ ".map(function (e) { return e.tagName + '.' + e.className + '#' + e.id; }).slice(0, 10);");
			assertThat(overflow.intValue()).as("sideways scrolling; too wide: %s", tooWide).isLessThanOrEqualTo(0);
		}
	}

	@Test
	void theResultPageHasNoAccessibilityViolations() throws Exception {
		try (Browser browser = Browser.open()) {
			WebDriver driver = browser.driver;
			driver.get(url("/"));
			assertNoAccessibilityViolations(driver);
			driver.get(url("/?pool=lync.schertz.local&web=lyncwebservices.internal.example-company.com&vendor=cisco"));
			assertThat(driver.findElement(By.id("h-warnings")).isDisplayed()).isTrue();
			assertNoAccessibilityViolations(driver);
			driver.findElement(By.cssSelector("details.advanced summary")).click();
			assertNoAccessibilityViolations(driver);
			browser.screenshot("09-cisco-warning");
		}
	}

	private static void assertNoAccessibilityViolations(WebDriver driver) {
		Results results = new AxeBuilder().analyze(driver);
		List<Rule> violations = results.getViolations();
		assertThat(violations)
			.as(() -> violations.stream()
				.map((rule) -> rule.getId() + ": " + rule.getHelp() + " "
						+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList())
				.toList()
				.toString())
			.isEmpty();
	}

	private static boolean htmxLoaded(WebDriver driver) {
		return Boolean.TRUE.equals(((JavascriptExecutor) driver)
			.executeScript("return typeof htmx === 'object' && document.documentElement.classList.contains('js')"));
	}

	private static String outline(WebDriver driver) {
		return String.valueOf(((JavascriptExecutor) driver)
			.executeScript("var e = document.activeElement; var s = getComputedStyle(e.matches('.tabs input') ?"
					+ " e.nextElementSibling : e); return s.outlineStyle;"));
	}

	/** Presses Tab until the focused element matches, at most 60 times. */
	private static void tabUntil(WebDriver driver, Actions keys, String what, Predicate<WebElement> wanted) {
		for (int i = 0; i < 60; i++) {
			keys.sendKeys(Keys.TAB).perform();
			if (wanted.test(driver.switchTo().activeElement())) {
				return;
			}
		}
		throw new AssertionError("Tab never reached " + what);
	}

	private static Predicate<WebElement> id(String id) {
		return (element) -> id.equals(element.getAttribute("id"));
	}

	private String get(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
