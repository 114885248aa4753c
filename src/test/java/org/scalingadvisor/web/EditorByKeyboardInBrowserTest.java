package org.scalingadvisor.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editor walked with the keyboard alone, at 1280 px and at 320 px: a new row takes focus on its
 * first control in view, removing a row moves focus to its neighbour, saving answers next to the
 * button, the page never scrolls sideways, the verdict and first actions sit at the top on a narrow
 * screen, and axe-core finds nothing on any page, empty or filled.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorByKeyboardInBrowserTest {

    @Inject
    EmbeddedServer server;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class); // a live update may replace what a check was reading
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void atDesktopWidth() {
        walk(1280, "desktop");
    }

    @Test
    void atPhoneWidth() {
        walk(320, "phone");
        WebElement verdict = browser.findElement(By.id("verdict"));
        WebElement firstControl = browser.findElement(By.name("title"));
        assertTrue(verdict.getRect().getY() < firstControl.getRect().getY(), "the verdict sits above the form");
        assertFalse(browser.findElements(By.cssSelector(".advice-top .first-actions li")).isEmpty(), "first actions at the top");
        assertTrue(browser.findElement(By.cssSelector(".advice-top a[href='#advice-rest']")).isDisplayed(),
                "the rest of the advice is behind a link");
    }

    private void walk(int width, String name) {
        width(width);
        browser.get(server.getURI().resolve("/").toString());
        noSidewaysScroll("the home page");
        Axe.assertNoViolations(browser, "the home page at " + width + " px");
        WebElement title = browser.findElement(By.name("title"));
        title.sendKeys("Virtual wards from one hospital to five trusts", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-form")));
        settled();
        noSidewaysScroll("the empty editor");
        Axe.assertNoViolations(browser, "the empty editor at " + width + " px");

        assertEquals("Part 1 of 12", browser.findElement(By.cssSelector("#g-the-plan .progress")).getText());
        assertFalse(browser.findElement(By.id("g-the-innovation")).isDisplayed(), "one part at a time");
        part("g-how-it-will-spread");
        tabTo("f-activities-add");
        press(Keys.ENTER);
        WebElement type = wait.until(d -> focusedNamed("activities[0].type"));
        inView(type, "the new activity's type");
        type.sendKeys("Website");
        tabTo("f-activities-add");
        press(Keys.ENTER);
        wait.until(d -> focusedNamed("activities[1].type")).sendKeys("Newsletter");
        tabTo("f-activities-add");
        press(Keys.ENTER);
        inView(wait.until(d -> focusedNamed("activities[2].type")), "the third activity's type");
        settled();
        assertFalse(browser.findElements(By.id("verdict")).isEmpty(), "an empty new row does not block the advice");
        assertTrue(browser.findElements(By.id("field-errors")).isEmpty(), "an empty new row is no error");
        assertTrue(browser.findElement(By.cssSelector(".advice .waiting")).getText().contains("Activity 3"));
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
        Browser.screenshot(browser, "interview-activities-" + name);
        assertNull(browser.findElement(By.id("advice")).getAttribute("aria-live"), "the panel is not read out after each change");
        assertTrue(browser.findElement(By.id("verdict-announcement")).getText().isEmpty()
                || browser.findElement(By.id("verdict-announcement")).getAttribute("textContent").startsWith("Advice updated."));

        tabTo("f-activities-0-remove");
        press(Keys.ENTER);
        inView(wait.until(d -> focusedNamed("activities[0].type")), "the row that took the removed one's place");
        tabTo("f-activities-1-remove");
        press(Keys.ENTER);
        wait.until(d -> focusedNamed("activities[0].type"));
        tabTo("f-activities-0-remove");
        press(Keys.ENTER);
        wait.until(d -> "f-activities-add".equals(browser.switchTo().activeElement().getAttribute("id")));

        part("g-who-is-involved");
        tabTo("f-stakeholders-add");
        press(Keys.ENTER);
        inView(wait.until(d -> focusedNamed("stakeholders[0].group")), "the new stakeholder's group");
        browser.switchTo().activeElement().sendKeys("Clinicians");
        part("g-the-plan");
        tabTo("f-durationMonths");
        press("March");
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-durationMonths-error")));
        assertTrue(error.getText().contains("number of months"), error.getText());
        tabBackTo("save-draft");
        press(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-message"), "Not saved: fix this first"));
        WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#save-problems li")));
        settled();
        refused = browser.findElement(By.cssSelector("#save-problems li"));
        assertTrue(refused.getText().startsWith("Duration months: Enter the number of months"), "why, beside the button: " + refused.getText());
        tabTo("f-durationMonths");
        press(Keys.END);
        press(Keys.BACK_SPACE.toString().repeat("March".length()) + "24");
        wait.withMessage(() -> "typed into " + browser.switchTo().activeElement().getAttribute("name") + ": "
                + browser.findElement(By.name("durationMonths")).getAttribute("value"))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("f-durationMonths-error")));
        settled();
        part("g-check");
        String answers = browser.findElement(By.id("answers")).getText();
        tabTo("questions-button");
        press(Keys.ENTER);
        WebElement found = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#questions-result .questions-found")));
        assertTrue(found.getText().contains("evaluations"), found.getText());
        assertFalse(found.findElements(By.cssSelector("ol.matter li a.field-link")).isEmpty(), "open questions that matter are listed");
        assertTrue(answers.contains("24") && answers.contains("Clinicians"), "check your answers: " + answers + "\nJSON: " + browser.findElement(By.id("plan-json")).getAttribute("textContent"));
        noSidewaysScroll("the filled editor");
        Axe.assertNoViolations(browser, "the filled editor at " + width + " px");
        Browser.screenshot(browser, "interview-check-answers-" + name);

        tabBackTo("save-draft");
        press(Keys.ENTER);
        WebElement saved = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("save-message")));
        wait.until(ExpectedConditions.textToBePresentInElement(saved, "Saved as draft 2"));
        WebElement button = browser.findElement(By.id("save-draft"));
        assertTrue(Math.abs(saved.getRect().getY() - button.getRect().getY()) < 120, "the save answers next to the button");
        assertTrue(browser.findElement(By.id("draft-notice")).getText().startsWith("Saved as draft 2"),
                browser.findElement(By.id("draft-notice")).getText());
        browser.navigate().refresh();
        assertFalse(browser.findElement(By.id("draft-notice")).isDisplayed(), "no 'not yet saved' claim straight after saving");

        String planId = browser.getCurrentUrl().replaceAll(".*/plans/", "");
        browser.get(server.getURI().resolve("/plans/" + planId + "/versions/2/report").toString());
        noSidewaysScroll("the report");
        Axe.assertNoViolations(browser, "the report at " + width + " px");
        browser.get(server.getURI().resolve("/plans/" + planId + "/compare?from=1&to=2").toString());
        noSidewaysScroll("the comparison");
        Axe.assertNoViolations(browser, "the comparison at " + width + " px");
        browser.get(server.getURI().resolve("/plans/" + planId).toString());
    }

    private void width(int width) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }

    private void press(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    /** Presses Tab until the element with this id has focus, as a keyboard user would. */
    private void tabTo(String id) {
        tabUntil(id, Keys.TAB);
    }

    private void tabBackTo(String id) {
        tabUntil(id, Keys.chord(Keys.SHIFT, Keys.TAB));
    }

    private void tabUntil(String id, CharSequence key) {
        for (int i = 0; i < 400; i++) {
            if (read(d -> String.valueOf(d.switchTo().activeElement().getAttribute("id"))).equals(id)) {
                return;
            }
            new Actions(browser).sendKeys(key).perform();
        }
        throw new AssertionError("no Tab reaches #" + id);
    }

    /** Goes to a part of the interview as a keyboard user would: Tab to its link in the parts list, Enter. */
    private void part(String id) {
        settled();
        for (int i = 0; i < 400; i++) {
            boolean there = read(d -> {
                WebElement focused = d.switchTo().activeElement();
                String href = focused.getAttribute("href");
                return href != null && href.endsWith("#" + id) && "nav".equals(focused.findElement(By.xpath("../../..")).getTagName());
            });
            if (there) {
                press(Keys.ENTER);
                wait.until(d -> (id + "-h").equals(d.switchTo().activeElement().getAttribute("id")));
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("no Tab reaches the link to " + id);
    }

    /** Reads the page, again if a live update replaced what was being read. */
    private <T> T read(java.util.function.Function<org.openqa.selenium.WebDriver, T> reading) {
        for (int attempt = 0; ; attempt++) {
            try {
                return reading.apply(browser);
            } catch (StaleElementReferenceException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    private WebElement focusedNamed(String name) {
        WebElement focused = browser.switchTo().activeElement();
        return name.equals(focused.getAttribute("name")) ? focused : null;
    }

    private void inView(WebElement element, String what) {
        Object inside = ((JavascriptExecutor) browser).executeScript(
                "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", element);
        assertEquals(Boolean.TRUE, inside, what + " is on the screen");
    }

    private void noSidewaysScroll(String page) {
        Object widths = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth + ' > ' + document.documentElement.clientWidth;");
        Object sideways = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        assertEquals(Boolean.FALSE, sideways, page + " scrolls sideways: " + widths);
    }

    private void settled() {
        try {
            Thread.sleep(600); // the form waits 400 ms after the last change before it asks for advice
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return !document.querySelector('.htmx-request');")));
    }
}
