package dev.ucdhcp.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 26 in a real browser: twenty branches pasted from a spreadsheet, checked and
 * recorded, on a laptop and a phone, by keyboard and at 200 % zoom.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RolloutBrowserIT {

	private static final int[][] SIZES = { { 1366, 900 }, { 390, 844 } };

	private static final String KEA = "/?pool=lync.schertz.local&vendor=kea";

	private static final String THREE_SITES = "/?pool=lync.schertz.local&sites=berlin%2C192.0.2.0%2F24%2Csba.berlin"
			+ ".schertz.local%0Aparis%2C198.51.100.0%2F24%0Aroma%2C203.0.113.0%2F24%2Csba01.roma.schertz.local&vendor=kea";

	/** Inputs whose text is wider than the input: what the admin cannot read. */
	private static final String TRUNCATED = "return Array.from(document.querySelectorAll('#sites-table input'))"
			+ ".filter(function (i) { return i.scrollWidth > i.clientWidth + 1; })"
			+ ".map(function (i) { return i.id + '=' + i.value; });";

	@LocalServerPort
	private int port;

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * A header row in another column order, semicolons, a capitalised name and one /33:
	 * twenty rows, every cell readable, the wrong one marked with a suggestion and
	 * reached from the banner, then fixed.
	 */
	@Test
	void twentyPastedLinesWithAHeaderRowAndOneWrongLineOnALaptopAndAPhone() throws Exception {
		for (int[] size : SIZES) {
			try (Browser browser = Browser.open(true, size[0], size[1])) {
				WebDriver driver = browser.driver;
				driver.get(url(KEA));
				if (size[0] >= 960) {
					assertThat(
							browser.script("var r = document.querySelector('label[for=v-kea]').getBoundingClientRect();"
									+ " return r.top >= 0 && r.bottom <= innerHeight;"))
						.as("Kea is one click away without scrolling")
						.isEqualTo(true);
				}
				WebElement summary = driver.findElement(By.cssSelector("details.sites > summary"));
				browser.script("arguments[0].scrollIntoView({block: 'center'})", summary);
				summary.click();
				paste(browser, driver.findElement(By.id("site-1-name")), spreadsheet());
				browser.await().until(ExpectedConditions.attributeContains(By.id("result"), "class", "stale"));
				browser.await().until(ExpectedConditions.attributeToBe(By.id("site-7-scope"), "aria-invalid", "true"));
				assertThat(driver.findElements(By.cssSelector("#sites-table tbody tr:not(.site-row-error)")))
					.as("the header row is skipped")
					.hasSize(20);
				assertThat(browser.attribute(By.id("site-2-name"), "value")).isEqualTo("paris");
				assertThat(browser.attribute(By.id("site-1-scope"), "value")).isEqualTo("10.20.1.0/24");
				assertThat(browser.attribute(By.id("site-1-sba"), "value")).isEqualTo("sba01.site01.schertz.local");
				assertThat(browser.text(By.id("sites-note"))).contains("Header row", "Paris \u2192 paris");
				assertThat(browser.text(By.id("site-7-error"))).contains("/33", "Did you mean 10.20.7.0/24?");
				assertThat(browser.attribute(By.id("site-10-scope"), "aria-label")).isEqualTo("Scope, line 10");
				assertThat(browser.attribute(By.id("site-20-name"), "aria-label")).isEqualTo("Site name, line 20");
				assertThat(browser.script(TRUNCATED)).as("cells whose text does not fit").isEqualTo(List.of());
				assertThat(driver.findElement(By.cssSelector("#sites-table thead th:last-child")).getText() + browser
					.script("return document.querySelector('#sites-table thead th:last-child').textContent"))
					.contains("Remove a line");
				browser.screenshot("26-sites-pasted-error-" + size[0]);
				BrowserIT.assertNoAccessibilityViolations(driver);

				WebElement fix = driver.findElement(By.cssSelector("#fix-banner a"));
				assertThat(fix.getAttribute("href")).endsWith("#site-7-scope");
				browser.script("arguments[0].scrollIntoView({block: 'center'})", fix);
				fix.click();
				assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("site-7-scope");
				assertThat(browser.script("var r = document.activeElement.getBoundingClientRect();"
						+ " return r.top >= 0 && r.bottom <= innerHeight;"))
					.isEqualTo(true);
				WebElement scope = driver.findElement(By.id("site-7-scope"));
				scope.clear();
				scope.sendKeys("10.20.7.0/24");
				browser.await().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("a.site-permalink"), 20));
				assertThat(driver.getCurrentUrl()).contains("sites=site01%2C10.20.1.0%2F24", "%0Aparis%2C10.20.2.0");
				BrowserIT.assertNoAccessibilityViolations(driver);
				Number overflow = (Number) browser
					.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
				assertThat(overflow.intValue()).as("sideways scrolling").isLessThanOrEqualTo(0);
				browser.screenshot("26-sites-twenty-" + size[0]);
			}
		}
	}

	@Test
	void keyboardAloneRemovesLinesRenumbersThemAndKeepsTheFocusInTheTable() throws Exception {
		try (Browser browser = Browser.open(true, 1366, 900)) {
			WebDriver driver = browser.driver;
			driver.get(url(THREE_SITES));
			assertThat(driver.findElement(By.cssSelector("details.sites")).getAttribute("open")).isNotNull();
			Actions keys = new Actions(driver);
			BrowserIT.tabUntil(driver, keys, "Remove line 2",
					(element) -> "Remove line 2".equals(element.getAttribute("aria-label")));
			keys.sendKeys(Keys.ENTER).perform();
			assertThat(browser.text(By.id("status"))).isEqualTo("Line 2 removed; 2 left.");
			assertThat(driver.switchTo().activeElement().getAttribute("aria-label")).isEqualTo("Remove line 2");
			assertThat(browser.attribute(By.id("site-2-name"), "value")).isEqualTo("roma");
			assertThat(browser.attribute(By.id("site-2-name"), "aria-label")).isEqualTo("Site name, line 2");
			browser.await().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("a.site-permalink"), 2));
			assertThat(driver.getCurrentUrl()).doesNotContain("paris");
			keys.sendKeys(Keys.ENTER).perform();
			assertThat(driver.switchTo().activeElement().getAttribute("aria-label")).as("the row that is left")
				.isEqualTo("Remove line 1");
			keys.sendKeys(Keys.ENTER).perform();
			assertThat(driver.switchTo().activeElement().getAttribute("id")).as("an emptied table starts again")
				.isEqualTo("site-1-name");
			browser.screenshot("26-keyboard-remove");
		}
	}

	@Test
	void anInvalidFieldStopsCopyCtrlEnterAndDownloadAndSaysWhy() throws Exception {
		try (Browser browser = Browser.open(true, 1366, 900)) {
			WebDriver driver = browser.driver;
			driver.get(url(KEA));
			browser.devTools("Browser.grantPermissions",
					Map.of("origin", url(""), "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
			driver.findElement(By.cssSelector("button[data-copy='#apply-command']")).click();
			browser.await().until(ExpectedConditions.textToBe(By.id("status"), "Command copied to the clipboard."));
			assertThat(clipboard(browser))
				.isEqualTo("java -jar ucdhcp.jar apply kea --control-agent http://127.0.0.1:8000/ --permalink"
						+ " 'http://localhost:8080/?pool=lync.schertz.local&vendor=kea'");
			browser.driver.executeAsyncScript("navigator.clipboard.writeText('before').then(arguments[0]);");
			WebElement pool = driver.findElement(By.id("f-pool"));
			pool.clear();
			pool.sendKeys("lync", Keys.TAB);
			browser.await().until(ExpectedConditions.attributeContains(By.id("result"), "class", "stale"));
			pool.click();
			new Actions(driver).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
			browser.await()
				.until(ExpectedConditions.textToBe(By.id("status"), "Not copied: the config shown is from your last"
						+ " valid input. Fix Front End pool FQDN first."));
			assertThat(clipboard(browser)).isEqualTo("before");
			driver.findElement(By.cssSelector(".toolbar button.copy.primary")).click();
			assertThat(browser.text(By.id("status"))).startsWith("Not copied");
			assertThat(clipboard(browser)).isEqualTo("before");
			for (WebElement download : driver.findElements(By.cssSelector("#result a[download]"))) {
				assertThat(download.getAttribute("href")).as("a download of the last valid query").isNull();
				assertThat(download.getAttribute("aria-disabled")).isEqualTo("true");
			}
			browser.screenshot("26-copy-while-invalid");
		}
	}

	@Test
	void theChangeRecordOfASitesPermalinkListsEachSiteAndAProbeLinePerSite() throws Exception {
		try (Browser browser = Browser.open(true, 1366, 900)) {
			WebDriver driver = browser.driver;
			driver.get(url(THREE_SITES));
			driver.findElement(By.id("record-link")).click();
			browser.await().until(ExpectedConditions.titleContains("Change record"));
			assertThat(driver.findElements(By.cssSelector("table.sites-record tbody tr"))).hasSize(3);
			assertThat(browser.text(By.cssSelector("table.sites-record tbody tr:nth-child(1)"))).contains("berlin",
					"192.0.2.0/24", "sba.berlin.schertz.local");
			assertThat(browser.text(By.cssSelector("table.sites-record tbody tr:nth-child(2)"))).contains("paris",
					"198.51.100.0/24", "lync.schertz.local");
			assertThat(browser.text(By.cssSelector("table.inputs-table"))).contains("per site, listed under Sites")
				.doesNotContain("server level");
			String main = browser.text(By.id("main"));
			assertThat(main).contains("option 120 names each site's own registrar")
				.doesNotContain("option 120 names lync.schertz.local");
			assertThat(main.split("probe --interface", -1)).as("one probe line per site").hasSize(4);
			BrowserIT.assertNoAccessibilityViolations(driver);
			browser.screenshot("26-record-sites");
		}
	}

	@Test
	void theDecodersRebuildFromACiscoPasteKeepsCiscoAndTheWebFqdnAndFocusesThePool() throws Exception {
		try (Browser browser = Browser.open(true, 1366, 900)) {
			WebDriver driver = browser.driver;
			driver.get(url("/decode"));
			driver.findElement(By.id("f-hex"))
				.sendKeys("option 43 hex 010c.4d53.2d55.432d.436c.6965.6e74.0205.6874.7470.7303.126c.796e.632e.7363"
						+ ".6865.7274.7a2e.6c6f.6361.6c04.0334.3433.0525.2f43.6572");
			browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("h-verdict"), "is cut off"));
			driver.findElement(By.linkText("Rebuild the full value")).click();
			browser.await().until(ExpectedConditions.urlContains("web="));
			assertThat(driver.getCurrentUrl()).isEqualTo(url("/?web=lync.schertz.local&vendor=cisco#f-pool"));
			browser.await().until((d) -> "f-pool".equals(d.switchTo().activeElement().getAttribute("id")));
			assertThat(browser.attribute(By.id("f-pool"), "value")).isEmpty();
			assertThat(browser.attribute(By.id("f-web"), "value")).isEqualTo("lync.schertz.local");
			assertThat(driver.findElement(By.id("v-cisco")).isSelected()).isTrue();
			browser.screenshot("26-decoder-rebuild");
		}
	}

	/** 1366 x 900 at 200 %: the phone layout, with the fixed Copy / Download bar. */
	@Test
	void atTwoHundredPercentZoomNothingFocusedHidesUnderTheBarAndErrorLinksShowTheLabel() throws Exception {
		try (Browser browser = Browser.open(true, 1366, 900)) {
			WebDriver driver = browser.driver;
			browser.devTools("Emulation.setDeviceMetricsOverride",
					Map.of("width", 683, "height", 450, "deviceScaleFactor", 2, "mobile", false));
			driver.get(url(KEA));
			Actions keys = new Actions(driver);
			int checked = 0;
			for (int i = 0; i < 40; i++) {
				keys.sendKeys(Keys.TAB).perform();
				Object hidden = browser.script("var e = document.activeElement; if (e.closest('.bar')) { return null; }"
						+ " var bar = document.querySelector('.bar').getBoundingClientRect();"
						+ " var r = (e.matches('.tabs input') ? e.nextElementSibling : e).getBoundingClientRect();"
						+ " var obscured = r.height < 100 ? r.bottom > bar.top + 1 : r.top >= bar.top;"
						+ " return obscured || r.bottom <= 0 ? (e.id || e.outerHTML.slice(0, 80)) : '';");
				if (hidden != null) {
					checked++;
					assertThat(hidden).as("focused element under the bar or above the top").isEqualTo("");
				}
			}
			assertThat(checked).isGreaterThan(20);
			WebElement pool = driver.findElement(By.id("f-pool"));
			browser.script("arguments[0].scrollIntoView({block: 'center'})", pool);
			pool.clear();
			pool.sendKeys("lync", Keys.TAB);
			browser.await().until(ExpectedConditions.attributeContains(By.id("result"), "class", "stale"));
			browser.await().until(ExpectedConditions.attributeToBe(By.id("result"), "aria-busy", "false"));
			browser.await()
				.until((d) -> browser.script("var a = document.querySelector('#fix-banner a[href=\"#f-pool\"]');"
						+ " if (!a || a.closest('[hidden]')) { return false; }"
						+ " a.scrollIntoView({block: 'center'}); a.click(); return true;"));
			assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("f-pool");
			assertThat(browser.script("return document.querySelector('label[for=f-pool]').getBoundingClientRect().top"))
				.as("the label above the field in view")
				.satisfies((top) -> assertThat(((Number) top).doubleValue()).isGreaterThanOrEqualTo(0));
			browser.screenshot("26-zoom-200");
		}
	}

	@Test
	void theStatusLineWaitsForAPauseInTypingOrLeavingTheField() throws Exception {
		try (Browser browser = Browser.open(true, 1366, 900)) {
			WebDriver driver = browser.driver;
			driver.get(url("/"));
			browser.script("window.statusChanges = 0; new MutationObserver(function () { window.statusChanges++; })"
					+ ".observe(document.getElementById('status'), {childList: true, characterData: true, subtree: true});");
			WebElement pool = driver.findElement(By.id("f-pool"));
			for (char c : "pool.contoso.corp".toCharArray()) {
				pool.sendKeys(String.valueOf(c));
				Thread.sleep(150);
			}
			long whileTyping = (Long) browser.script("return window.statusChanges");
			browser.await()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "config updated"));
			long total = (Long) browser.script("return window.statusChanges");
			System.out
				.println("Status line changes while typing a 17-character name: " + whileTyping + ", in all: " + total);
			assertThat(whileTyping).isLessThanOrEqualTo(1);
			assertThat(total).isLessThanOrEqualTo(2);
			driver.findElement(By.cssSelector("label[for=v-kea]")).click();
			browser.await().until(ExpectedConditions.attributeToBe(By.id("config-text"), "data-vendor", "kea"));
			driver.findElement(By.id("f-pool")).sendKeys("x");
			browser.await().until(ExpectedConditions.attributeToBe(By.id("result"), "aria-busy", "false"));
			browser.await().until(ExpectedConditions.textToBePresentInElementValue(By.id("f-pool"), "corpx"));
			long before = System.nanoTime();
			driver.findElement(By.id("f-pool")).sendKeys(Keys.TAB);
			browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Kea"));
			System.out.println("Status after leaving the field: " + (System.nanoTime() - before) / 1_000_000 + " ms");
			driver.findElement(By.cssSelector("input[name=topology][value=sba]")).click();
			driver.findElement(By.id("f-sba")).sendKeys("sba01.rome.schertz.local");
			browser.await().until(ExpectedConditions.textToBe(By.id("site-name"), "rome"));
			assertThat(browser.attribute(By.id("f-site"), "placeholder")).as("the derived site name").isEqualTo("rome");
		}
	}

	@Test
	void aPlainGetFormLandsOnThePermalink() throws Exception {
		try (Browser browser = Browser.open(false, 1366, 900)) {
			WebDriver driver = browser.driver;
			driver.get(url("/"));
			driver.findElement(By.id("f-pool")).sendKeys("lync.schertz.local");
			driver.findElement(By.cssSelector("label[for=v-kea]")).click();
			driver.findElement(By.cssSelector("button[type=submit].primary")).click();
			browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("hex120")));
			assertThat(driver.getCurrentUrl()).isEqualTo(url(KEA));
		}
	}

	private static String spreadsheet() {
		StringBuilder text = new StringBuilder("Subnet;Name;SBA\n");
		for (int i = 1; i <= 20; i++) {
			String name = (i == 2) ? "Paris" : String.format("site%02d", i);
			String scope = "10.20." + i + ".0/" + ((i == 7) ? "33" : "24");
			String sba = (i % 2 == 1) ? String.format("sba01.site%02d.schertz.local", i) : "";
			text.append(scope).append(';').append(name).append(';').append(sba).append('\n');
		}
		return text.toString();
	}

	/** What a spreadsheet's copy puts on the clipboard, pasted into a cell. */
	private static void paste(Browser browser, WebElement cell, String text) {
		browser.script("var data = new DataTransfer(); data.setData('text/plain', arguments[1]);"
				+ "arguments[0].dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true,"
				+ " cancelable: true}));", cell, text);
	}

	private static Object clipboard(Browser browser) {
		return browser.driver.executeAsyncScript(
				"var done = arguments[0]; navigator.clipboard.readText().then(done, function (e) { done('error ' + e); });");
	}

}
