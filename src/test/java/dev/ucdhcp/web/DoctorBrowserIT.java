package dev.ucdhcp.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Predicate;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.ucdhcp.web.doctor.Pastes;
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
 * The config doctor in a real browser: a paste diagnosed by keyboard alone with htmx, and
 * by a plain POST without JavaScript; the problems sit next to their quoted lines and axe
 * finds nothing. {@code -Ddoctor.screenshot=true} also writes docs/doctor.png for the
 * README.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DoctorBrowserIT {

	@LocalServerPort
	private int port;

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void aPasteDiagnosedByKeyboardShowsEachProblemNextToItsLineAndKeepsThePasteOutOfTheUrl() throws Exception {
		String paste = Pastes.brokenIsc("lync");
		try (Browser browser = Browser.open(true, 1280, 1000)) {
			WebDriver driver = browser.driver;
			driver.get(url("/doctor"));
			assertNoAccessibilityViolations(driver);
			WebElement area = driver.findElement(By.id("f-paste"));
			// a paste, not typing: the text arrives at once, as from the clipboard
			browser.script("arguments[0].value = arguments[1];", area, paste);
			area.click();
			Actions keys = new Actions(driver);
			tabUntil(driver, keys, "the Diagnose button", (element) -> "submit".equals(element.getAttribute("type")));
			keys.sendKeys(Keys.ENTER).perform();
			browser.await()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("h-verdict"), "Problems found"));
			assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("h-verdict");
			browser.await()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Problems found"));
			assertProblemsNextToTheirLines(browser, paste);
			assertThat(driver.getCurrentUrl()).isEqualTo(url("/doctor"));
			assertThat(browser.attribute(By.id("f-paste"), "value")).isEqualTo(paste);
			List<WebElement> decoderLinks = driver.findElements(By.cssSelector("#diagnosis a[href^='/decode?hex=']"));
			assertThat(decoderLinks).isNotEmpty()
				.allMatch((link) -> link.getAttribute("href").matches(".*/decode\\?hex=[0-9A-F]+"));
			assertThat(browser.text(By.id("config-text"))).contains("authoritative;");
			assertNoAccessibilityViolations(driver);
			assertThat(browser.console()).as("console: CSP violations or script errors")
				.noneMatch((line) -> line.contains("Content Security Policy") || line.contains("Uncaught"));
			browser.screenshot("doctor-isc");
			if (Boolean.getBoolean("doctor.screenshot")) {
				Files.copy(Browser.SCREENSHOTS.resolve("doctor-isc.png"), Path.of("docs", "doctor.png"),
						StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	@Test
	void withoutJavaScriptTheFormIsAPlainPostAndAnEmptyPasteIsNamedInTheSummary() throws Exception {
		String paste = Pastes.brokenIsc("lync");
		try (Browser browser = Browser.open(false, 1280, 1000)) {
			WebDriver driver = browser.driver;
			driver.get(url("/doctor"));
			driver.findElement(By.cssSelector("button[type=submit]")).click();
			browser.await().until(ExpectedConditions.textToBe(By.id("h-verdict"), "Nothing diagnosed yet"));
			assertThat(driver.findElement(By.cssSelector(".notice.error a[href='#f-paste']")).getText())
				.isEqualTo("Paste your DHCP server's configuration first.");
			assertThat(browser.attribute(By.id("f-paste"), "aria-invalid")).isEqualTo("true");
			assertNoAccessibilityViolations(driver);
			driver.findElement(By.id("f-paste")).sendKeys(paste);
			driver.findElement(By.cssSelector("button[type=submit]")).click();
			browser.await()
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("h-verdict"), "Problems found"));
			assertThat(driver.getCurrentUrl()).isEqualTo(url("/doctor"));
			assertProblemsNextToTheirLines(browser, paste);
			assertThat(browser.attribute(By.id("f-paste"), "value")).isEqualTo(paste);
			assertThat(driver.findElement(By.id("download")).getAttribute("href"))
				.isEqualTo(url("/download/isc?pool=lync.schertz.local&vendor=isc"));
		}
	}

	/** Every problem with a line quotes that line, marked, as it is in the paste. */
	private static void assertProblemsNextToTheirLines(Browser browser, String paste) {
		String[] lines = paste.split("\n", -1);
		List<WebElement> problems = browser.driver.findElements(By.cssSelector(".problem-list > li"));
		assertThat(problems).isNotEmpty();
		boolean quoted = false;
		for (WebElement problem : problems) {
			assertThat(problem.findElement(By.cssSelector(".code")).getText()).matches("[A-Z0-9_]+");
			assertThat(problem.findElement(By.cssSelector(".fix")).getText()).startsWith("Fix:");
			for (WebElement line : problem.findElements(By.cssSelector(".line.concerned"))) {
				int number = Integer.parseInt(line.findElement(By.cssSelector(".ln")).getText());
				assertThat(line.getText()).isEqualTo(number + " " + lines[number - 1].strip());
				quoted = true;
			}
		}
		assertThat(quoted).as("at least one problem quotes its line").isTrue();
	}

	private static void assertNoAccessibilityViolations(WebDriver driver) {
		List<Rule> violations = new AxeBuilder().analyze(driver).getViolations();
		assertThat(violations)
			.as(() -> violations.stream()
				.map((rule) -> rule.getId() + ": " + rule.getHelp() + " "
						+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList())
				.toList()
				.toString())
			.isEmpty();
	}

	/** Presses Tab until the focused element matches, at most 30 times. */
	private static void tabUntil(WebDriver driver, Actions keys, String what, Predicate<WebElement> wanted) {
		for (int i = 0; i < 30; i++) {
			keys.sendKeys(Keys.TAB).perform();
			if (wanted.test(driver.switchTo().activeElement())) {
				return;
			}
		}
		throw new AssertionError("Tab never reached " + what);
	}

}
