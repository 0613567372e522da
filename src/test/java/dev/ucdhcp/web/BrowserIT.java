package dev.ucdhcp.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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

	/** The two screens the issue measured: a laptop and a phone. */
	private static final int[][] SIZES = { { 1366, 900 }, { 390, 844 } };

	private static final String KEA = "/?pool=lync.schertz.local&vendor=kea";

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
	void badInputShowsTheMessageAtItsFieldAndKeepsTheLastResultDimmed() throws Exception {
		try (Browser browser = Browser.open()) {
			WebDriver driver = browser.driver;
			driver.get(url("/?pool=lync.schertz.local&vendor=kea"));
			String config = browser.text(By.id("config-text"));
			WebElement pool = driver.findElement(By.id("f-pool"));
			pool.clear();
			pool.sendKeys("lync_pool");
			browser.await().until(ExpectedConditions.textMatches(By.id("e-pool"), Pattern.compile(".+")));
			assertThat(browser.attribute(By.id("f-pool"), "aria-invalid")).isEqualTo("true");
			assertThat(browser.attribute(By.id("f-pool"), "value")).isEqualTo("lync_pool");
			assertThat(browser.text(By.id("config-text"))).as("the last valid config stays").isEqualTo(config);
			assertThat(browser.attribute(By.id("result"), "class")).contains("stale");
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("fix-banner")));
			assertThat(browser.text(By.id("fix-banner"))).startsWith("Fix Front End pool FQDN")
				.contains("last valid input");
			// announced once typing pauses (~1 s), not at every keystroke
			browser.await()
				.until(ExpectedConditions.textMatches(By.id("status"), Pattern.compile("^Fix Front End pool FQDN.*")));
			browser.await().until(ExpectedConditions.titleIs("1 field to fix · ucdhcp"));
			assertNoAccessibilityViolations(driver);
			browser.screenshot("04-field-error-stale-result");
			pool.sendKeys(Keys.chord(Keys.CONTROL, "a"), "lync.contoso.com");
			browser.await()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("config-text"), "lync.contoso.com"));
			assertThat(browser.attribute(By.id("result"), "class")).doesNotContain("stale");
			assertThat(driver.findElement(By.id("fix-banner")).isDisplayed()).isFalse();
		}
	}

	@Test
	void aFormatErrorWaitsWhileAFieldIsTypedForTheFirstTime() throws Exception {
		try (Browser browser = Browser.open()) {
			WebDriver driver = browser.driver;
			driver.get(url("/"));
			long typed = System.nanoTime();
			driver.findElement(By.id("f-pool")).sendKeys("lync");
			browser.await()
				.until((d) -> !String.valueOf(browser.script("return document.getElementById('e-pool').textContent"))
					.isBlank());
			boolean held = String.valueOf(browser.attribute(By.id("e-pool"), "class")).contains("held");
			long waited = (System.nanoTime() - typed) / 1_000_000;
			assertThat(held || waited >= 1000).as("held while typing (%d ms since the last key)", waited).isTrue();
			assertThat(browser.text(By.id("result"))).as("no red card while typing")
				.contains("Your config appears here");
			driver.findElement(By.id("f-pool")).sendKeys(Keys.TAB);
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("e-pool")));
			assertThat(browser.attribute(By.id("f-pool"), "aria-invalid")).isEqualTo("true");
			assertThat(browser.text(By.id("status"))).isEqualTo("Fix Front End pool FQDN.");
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
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("h-verdict"),
						"Option 43 is cut off in sub-option 2"));
			assertThat(driver.findElements(By.cssSelector("#decoded .findings li.error"))).isNotEmpty();
			browser.await()
				.until(ExpectedConditions.textMatches(By.id("status"),
						Pattern.compile("^Option 43 is cut off in sub-option 2.*")));
			assertThat(browser.attribute(By.linkText("Rebuild the full value"), "href")).isEqualTo(url("/#f-pool"));
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
	void theResultPageHasNoAccessibilityViolationsOnAWideScreenAndAPhone() throws Exception {
		for (int[] size : SIZES) {
			try (Browser browser = Browser.open(true, size[0], size[1])) {
				WebDriver driver = browser.driver;
				driver.get(url("/"));
				assertNoAccessibilityViolations(driver);
				driver.get(
						url("/?pool=lync.schertz.local&web=lyncwebservices.internal.example-company.com&vendor=cisco"));
				assertThat(driver.findElement(By.id("h-warnings")).isDisplayed()).isTrue();
				assertThat(driver.findElement(By.cssSelector("td.fail")).getText()).matches("\\d+ digits over");
				assertNoAccessibilityViolations(driver);
				WebElement advanced = driver.findElement(By.cssSelector("details.advanced summary"));
				browser.script("arguments[0].scrollIntoView({block: 'center'})", advanced);
				advanced.click();
				assertNoAccessibilityViolations(driver);
				browser.screenshot("09-cisco-warning-" + size[0]);
			}
		}
	}

	@Test
	void theConfigIsInViewAfterTypingOnAWideScreenAndAPhone() throws Exception {
		for (int[] size : SIZES) {
			try (Browser browser = Browser.open(true, size[0], size[1])) {
				WebDriver driver = browser.driver;
				driver.get(url("/"));
				driver.findElement(By.id("f-pool")).sendKeys("lync.schertz.local");
				browser.await().until(ExpectedConditions.textToBe(By.id("hex120"), OPTION_120));
				Number pageY = (Number) browser.script("var r = document.getElementById('config-text')"
						+ ".getBoundingClientRect(); return r.top + window.scrollY;");
				System.out.println("Config y at " + size[0] + "x" + size[1] + ": " + pageY.intValue() + " px");
				String inView = "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight"
						+ " && r.bottom > 0 && getComputedStyle(arguments[0]).visibility === 'visible';";
				if (size[0] >= 960) {
					assertThat(browser.script(inView, driver.findElement(By.id("config-text")))).isEqualTo(true);
					assertThat(pageY.intValue()).isLessThan(size[1]);
				}
				else {
					WebElement bar = driver.findElement(By.cssSelector(".bar"));
					assertThat(bar.isDisplayed()).isTrue();
					assertThat(browser.script(inView, bar)).as("the Copy / Download bar").isEqualTo(true);
					assertThat(bar.findElement(By.cssSelector("button.copy")).isDisplayed()).isTrue();
					assertThat(bar.findElement(By.cssSelector("a[download]")).isDisplayed()).isTrue();
				}
				browser.screenshot("10-config-in-view-" + size[0]);
			}
		}
	}

	@Test
	void typingANameAddsAtMostTwoHistoryEntriesAndTheTitleSaysTheState() throws Exception {
		try (Browser browser = Browser.open()) {
			WebDriver driver = browser.driver;
			driver.get(url("/"));
			long before = (Long) browser.script("return history.length");
			WebElement pool = driver.findElement(By.id("f-pool"));
			String name = "pool.contoso.corp";
			assertThat(name).hasSize(17);
			for (char c : name.toCharArray()) {
				pool.sendKeys(String.valueOf(c));
				Thread.sleep(250); // slower than the debounce: every key sends a request
			}
			browser.await().until(ExpectedConditions.urlContains("pool=pool.contoso.corp"));
			pool.sendKeys(Keys.TAB);
			browser.await().until(ExpectedConditions.titleIs("pool.contoso.corp · Windows DHCP (netsh) · ucdhcp"));
			Thread.sleep(500);
			long added = (Long) browser.script("return history.length") - before;
			System.out.println("History entries added by typing a 17-character name and leaving the field: " + added);
			assertThat(added).isBetween(1L, 2L);
			driver.findElement(By.cssSelector("label[for=v-kea]")).click();
			browser.await().until(ExpectedConditions.titleIs("pool.contoso.corp · Kea DHCPv4 2.2+ · ucdhcp"));
			assertThat((Long) browser.script("return history.length") - before).isEqualTo(added + 1);
			driver.navigate().back();
			browser.await().until(ExpectedConditions.urlToBe(url("/?pool=pool.contoso.corp&vendor=netsh")));
		}
	}

	@Test
	void printMediaShowsTheWholeConfigAndHidesTheControls() throws Exception {
		try (Browser browser = Browser.open(true, 1366, 900)) {
			WebDriver driver = browser.driver;
			driver.get(url("/?pool=lync.schertz.local&web=lyncwebservices.internal.example-company.com&vendor=netsh"));
			browser.devTools("Emulation.setEmulatedMedia", Map.of("media", "print"));
			WebElement config = driver.findElement(By.id("config-text"));
			assertThat(browser.script("return arguments[0].scrollHeight - arguments[0].clientHeight", config))
				.as("nothing scrolled away inside the config")
				.isEqualTo(0L);
			assertThat(browser.script("return getComputedStyle(arguments[0]).maxHeight", config)).isEqualTo("none");
			for (String hidden : List.of(".top", ".inputs", ".toolbar", ".foot", ".bar")) {
				assertThat(driver.findElement(By.cssSelector(hidden)).isDisplayed()).as(hidden).isFalse();
			}
			driver.get(url("/record?pool=lync.schertz.local&vendor=kea"));
			browser.devTools("Emulation.setEmulatedMedia", Map.of("media", "print"));
			String record = browser.text(By.id("main"));
			assertThat(record).contains("Change record", "Rollback", "dhcp.option.type == 43", "probe --interface",
					"Generated", "ucdhcp", "http://localhost:8080/?pool=lync.schertz.local&vendor=kea");
			WebElement recordConfig = driver.findElement(By.cssSelector("pre.record-config"));
			assertThat(recordConfig.getText()).isEqualTo(get("/api/v1/config/kea?pool=lync.schertz.local").strip());
			assertThat(browser.script("return arguments[0].scrollHeight - arguments[0].clientHeight", recordConfig))
				.isEqualTo(0L);
			assertThat(driver.findElement(By.cssSelector(".top")).isDisplayed()).isFalse();
			browser.devTools("Emulation.setEmulatedMedia", Map.of("media", ""));
			browser.screenshot("11-change-record");
		}
	}

	@Test
	void darkModeFollowsTheSystemAndTheToggleIsRemembered() throws Exception {
		try (Browser browser = Browser.open(true, 1366, 900)) {
			WebDriver driver = browser.driver;
			browser.devTools("Emulation.setEmulatedMedia",
					Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
			driver.get(url(KEA));
			assertThat(luminance(browser)).as("body background under a dark system theme").isLessThan(0.1);
			assertThat(browser.attribute(By.id("theme"), "aria-pressed")).isEqualTo("true");
			assertNoAccessibilityViolations(driver);
			browser.screenshot("12-dark-wide");
			driver.findElement(By.id("theme")).click();
			assertThat(luminance(browser)).isGreaterThan(0.8);
			driver.navigate().refresh();
			assertThat(luminance(browser)).as("the chosen light theme outlives a reload").isGreaterThan(0.8);
			driver.findElement(By.id("theme")).click();
			driver.manage().window().setSize(new Dimension(390, 844));
			browser.screenshot("12-dark-phone");
		}
	}

	@Test
	void theStatusLineIsOneNodeThatSaysWhatChanged() throws Exception {
		try (Browser browser = Browser.open()) {
			WebDriver driver = browser.driver;
			driver.get(url("/?pool=lync.schertz.local&vendor=netsh"));
			browser.script("window.statusBefore = document.getElementById('status')");
			driver.findElement(By.cssSelector("label[for=v-kea]")).click();
			browser.await()
				.until(ExpectedConditions.textToBe(By.id("status"),
						"Kea DHCPv4 2.2+ config updated: option 43 85 bytes, option 120 21 bytes, no warnings"));
			assertThat(browser.script("return window.statusBefore === document.getElementById('status')"))
				.as("the same DOM node")
				.isEqualTo(true);
			assertThat(browser.attribute(By.id("status"), "role")).isEqualTo("status");
			assertThat(driver
				.findElements(By.cssSelector("#result[aria-live], #result [aria-live], .field-error[aria-live]")))
				.isEmpty();
		}
	}

	@Test
	void pastedUrlsSipAddressesAndPortsAreFixedWithOneClick() throws Exception {
		try (Browser browser = Browser.open()) {
			WebDriver driver = browser.driver;
			for (String pasted : List.of("https://lync.schertz.local/", "sip:lync.schertz.local",
					"lync.schertz.local:443")) {
				driver.get(url("/"));
				WebElement pool = driver.findElement(By.id("f-pool"));
				pool.sendKeys(pasted, Keys.TAB);
				browser.await()
					.until(ExpectedConditions.textToBePresentInElementLocated(By.id("e-pool"),
							"the field takes the name only: lync.schertz.local"));
				assertThat(driver.findElements(By.id("config-text"))).as(pasted + " is not accepted as it is")
					.isEmpty();
				driver.findElement(By.cssSelector("#e-pool button.fix")).click();
				browser.await().until(ExpectedConditions.textToBe(By.id("hex120"), OPTION_120));
				assertThat(browser.attribute(By.id("f-pool"), "value")).isEqualTo("lync.schertz.local");
				assertThat(browser.text(By.id("e-pool"))).isEmpty();
			}
			browser.screenshot("13-pasted-url-fixed");
		}
	}

	@Test
	void ctrlEnterCopiesTheConfigAndSlashJumpsToThePool() throws Exception {
		try (Browser browser = Browser.open()) {
			WebDriver driver = browser.driver;
			driver.get(url(KEA));
			browser.devTools("Browser.grantPermissions",
					Map.of("origin", url(""), "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
			assertThat(browser.text(By.cssSelector(".keys"))).contains("Ctrl+Enter");
			driver.findElement(By.tagName("h1")).click();
			new Actions(driver).sendKeys("/").perform();
			assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("f-pool");
			new Actions(driver).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
			browser.await().until(ExpectedConditions.textToBe(By.id("status"), "Config copied to the clipboard."));
			Object clipboard = browser.driver.executeAsyncScript(
					"var done = arguments[0]; navigator.clipboard.readText().then(done, function (e) { done('error ' + e); });");
			assertThat(clipboard)
				.isEqualTo(browser.script("return document.getElementById('config-text').textContent"));
		}
	}

	@Test
	void theRememberedVendorNeverOverridesAPermalink() throws Exception {
		try (Browser browser = Browser.open()) {
			WebDriver driver = browser.driver;
			driver.get(url(KEA));
			driver.findElement(By.cssSelector("label[for=v-mikrotik]")).click();
			browser.await().until(ExpectedConditions.urlContains("vendor=mikrotik"));
			driver.get(url("/"));
			assertThat(driver.findElement(By.id("v-mikrotik")).isSelected()).as("remembered on an empty form").isTrue();
			driver.get(url("/?pool=lync.schertz.local&vendor=isc"));
			assertThat(driver.findElement(By.id("v-isc")).isSelected()).isTrue();
			Thread.sleep(500);
			assertThat(browser.attribute(By.id("config-text"), "data-vendor")).as("the permalink wins")
				.isEqualTo("isc");
			assertThat(driver.getCurrentUrl()).endsWith("vendor=isc");
			driver.get(url("/?pool=lync.schertz.local"));
			browser.await().until(ExpectedConditions.attributeToBe(By.id("config-text"), "data-vendor", "mikrotik"));
			browser.await().until(ExpectedConditions.urlContains("vendor=mikrotik"));
		}
	}

	private static double luminance(Browser browser) {
		String colour = String.valueOf(browser.script("return getComputedStyle(document.body).backgroundColor"));
		Matcher rgb = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)").matcher(colour);
		assertThat(rgb.find()).as(colour).isTrue();
		return (0.2126 * Integer.parseInt(rgb.group(1)) + 0.7152 * Integer.parseInt(rgb.group(2))
				+ 0.0722 * Integer.parseInt(rgb.group(3))) / 255;
	}

	static void assertNoAccessibilityViolations(WebDriver driver) {
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
	static void tabUntil(WebDriver driver, Actions keys, String what, Predicate<WebElement> wanted) {
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
