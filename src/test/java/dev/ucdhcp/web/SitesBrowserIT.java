package dev.ucdhcp.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sites table in a real browser: cells pasted from a spreadsheet become lines of
 * {@code sites}, each site's permalink appears, and a wrong line shows its message at its
 * row while nothing is rendered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SitesBrowserIT {

	@LocalServerPort
	private int port;

	@Test
	void pastedSpreadsheetRowsBecomeSitesAndAWrongRowShowsItsError() throws Exception {
		try (Browser browser = Browser.open()) {
			WebDriver driver = browser.driver;
			driver.get("http://localhost:" + this.port + "/?pool=lync.schertz.local&vendor=kea");
			driver.findElement(By.cssSelector("details.sites > summary")).click();
			assertThat(driver.findElement(By.id("f-sites")).isDisplayed()).as("textarea replaced by the table")
				.isFalse();
			WebElement firstName = driver.findElement(By.cssSelector("#sites-table input[data-column=name]"));
			paste(driver, firstName, "berlin\t192.0.2.0/24\tsba.berlin.schertz.local\nparis\t198.51.100.0/24\t\n");
			browser.await().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("a.site-permalink"), 2));
			browser.await().until(ExpectedConditions.urlContains("sites="));
			assertThat(driver.getCurrentUrl())
				.contains("sites=berlin%2C192.0.2.0%2F24%2Csba.berlin.schertz.local%0A" + "paris%2C198.51.100.0%2F24");
			assertThat(browser.text(By.id("config-text"))).contains("192.0.2.0/24").contains("198.51.100.0/24");
			browser.screenshot("sites-01-pasted");

			List<WebElement> names = driver.findElements(By.cssSelector("#sites-table input[data-column=name]"));
			names.get(1).clear();
			names.get(1).sendKeys("berlin");
			browser.await()
				.until(ExpectedConditions.attributeToBe(By.cssSelector("#sites-table tbody tr:nth-child(3) input"),
						"aria-invalid", "true"));
			assertThat(browser.text(By.cssSelector("#sites-table tr.site-row-error:nth-child(4)")))
				.contains("already used on line 1");
			// nothing new is rendered: the last valid config stays, marked stale, until
			// every line is right
			browser.await().until(ExpectedConditions.attributeContains(By.id("result"), "class", "stale"));
			browser.screenshot("sites-02-error-at-row");
			assertThat(browser.console()).as("console: CSP violations or script errors")
				.noneMatch((line) -> line.contains("Content Security Policy") || line.contains("Uncaught"));
		}
	}

	/** What a spreadsheet's copy puts on the clipboard, pasted into a cell. */
	private static void paste(WebDriver driver, WebElement cell, String text) {
		((JavascriptExecutor) driver)
			.executeScript("var data = new DataTransfer(); data.setData('text/plain', arguments[1]);"
					+ "arguments[0].dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true,"
					+ " cancelable: true}));", cell, text);
	}

}
