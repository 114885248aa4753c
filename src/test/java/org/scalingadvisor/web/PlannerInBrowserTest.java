package org.scalingadvisor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.scalingadvisor.plan.PlanReader;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A planner's session in a real browser: start a plan, see a myth diagnosed, follow the evidence
 * to the field, make a mistake and see it named at the field, fix the plan and watch the advice
 * change, save two drafts, compare them, print the report; and import a plan that answers every
 * field, whose export equals what the API stores.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlannerInBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return server.getURI().resolve(path).toString();
    }

    @Test
    void aPlannerDiagnosesFixesSavesComparesAndPrints() throws Exception {
        browser.get(url("/"));
        browser.findElement(By.name("title")).sendKeys("Falls prevention across 12 care homes");
        browser.findElement(By.cssSelector("form.new-plan button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-form")));
        String planId = browser.getCurrentUrl().replaceAll(".*/plans/", "");

        new Select(browser.findElement(By.name("sector"))).selectByValue("ADULT_SOCIAL_CARE");
        part("g-the-innovation");
        new Select(browser.findElement(By.name("innovation.nature"))).selectByValue("RADICAL");
        assertTrue(browser.findElement(By.id("f-innovation-nature-meaning")).getText().contains("work quite differently"),
                "the chosen value is explained in the schema's words");
        click(By.id("f-innovation-changesProfessionalRoles-yes"));
        part("g-how-it-will-spread");
        addRow("activities", "activities[0].type");
        new Select(browser.findElement(By.name("activities[0].type"))).selectByValue("WEBSITE");
        addRow("activities", "activities[1].type");
        new Select(browser.findElement(By.name("activities[1].type"))).selectByValue("NEWSLETTER");

        settled();
        WebElement myth1 = wait.until(d -> d.findElements(By.cssSelector("#advice .diagnoses details[data-rule^='myth-1.']"))
                .stream().findFirst().orElse(null));
        assertEquals("NOT_READY", browser.findElement(By.id("verdict")).getAttribute("data-verdict"));
        myth1.findElement(By.tagName("summary")).click();
        assertFalse(myth1.findElements(By.cssSelector(".sources cite")).isEmpty(), "sources are named by document");
        assertFalse(myth1.findElements(By.cssSelector(".why li")).isEmpty(), "the priority is explained");
        assertFalse(myth1.findElements(By.cssSelector(".signs li")).isEmpty(), "the diagnosis lists the signs the plan shows");
        assertFalse(browser.findElements(By.cssSelector("#advice .first-actions li a[href='#item-rec.myth-1.organisational-support']")).isEmpty(),
                "the first thing to do is the recommendation that answers the diagnosis");
        Browser.screenshot(browser, "editor-diagnosis");
        List<String> labels = myth1.findElements(By.cssSelector(".evidence a.field-link")).stream().map(WebElement::getText).toList();
        WebElement evidence = myth1.findElements(By.cssSelector(".evidence a.field-link")).stream()
                .filter(a -> a.getText().matches("Activity \\d › Type")).findFirst()
                .orElseThrow(() -> new AssertionError("evidence is shown as the form's labels: " + labels));
        evidence.click();
        String focused = browser.switchTo().activeElement().getAttribute("name");
        assertTrue(focused.matches("activities\\[\\d]\\.type"), "the evidence link takes the planner to the field: " + focused);

        // A mistake is named at its field, and nothing typed is lost.
        part("g-the-plan");
        WebElement months = browser.findElement(By.name("durationMonths"));
        months.sendKeys("two years");
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-durationMonths-error")));
        assertTrue(error.getText().contains("number of months"), "the error is in the planner's words: " + error.getText());
        assertEquals("true", months.getAttribute("aria-invalid"));
        Browser.screenshot(browser, "editor-error-at-field");
        browser.navigate().refresh();
        assertEquals("two years", browser.findElement(By.name("durationMonths")).getAttribute("value"), "the working copy is kept");
        months = browser.findElement(By.name("durationMonths"));
        months.clear();
        months.sendKeys("24");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("f-durationMonths-error")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));

        saveDraft(2);

        // The fix: coaching for the care homes. The myth goes.
        part("g-how-it-will-spread");
        addRow("activities", "activities[2].type");
        new Select(browser.findElement(By.name("activities[2].type"))).selectByValue("COACHING");
        click(By.id("f-activities-2-audiences-PROVIDERS"));
        wait.until(d -> d.findElements(By.cssSelector("#advice .diagnoses details[data-rule^='myth-1.']")).isEmpty()
                && !d.findElements(By.id("verdict")).isEmpty());
        saveDraft(3);

        JsonNode exported = JSON.readTree(browser.findElement(By.id("plan-json")).getAttribute("textContent"));
        JsonNode stored = api("/api/v1/plans/" + planId + "/versions/3").path("plan");
        assertEquals(stored, exported, "the plan exported from the editor is the plan the API stores");

        new Select(browser.findElement(By.id("compare-from"))).selectByValue("2");
        new Select(browser.findElement(By.id("compare-to"))).selectByValue("3");
        browser.findElement(By.id("compare-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("resolved")));
        assertFalse(browser.findElements(By.cssSelector("#resolved li[data-rule^='myth-1.']")).isEmpty(), "myth 1 resolved");
        assertTrue(browser.findElement(By.id("fields")).getText().contains("Activity 3"), browser.findElement(By.id("fields")).getText());
        Browser.screenshot(browser, "compare-drafts");

        browser.get(url("/plans/" + planId + "/versions/2/report"));
        Browser.screenshot(browser, "report");
        PrintOptions print = new PrintOptions();
        print.setPageSize(new PageSize(29.7, 21.0));
        byte[] pdf = Base64.getDecoder().decode(browser.print(print).getContent());
        String text = pdfText(pdf);
        assertTrue(text.contains("Falls prevention across 12 care homes"), text);
        assertTrue(text.contains("Not ready"), text);
        assertTrue(text.contains("Spread relies on information alone") || text.contains("Myth 1"), text);
        assertFalse(text.contains("Skip to content"), "the screen furniture is not printed");
    }

    @Test
    void aPlanAnsweringEveryFieldImportsSavesAndExportsUnchanged() throws Exception {
        browser.get(url("/"));
        browser.findElement(By.name("title")).sendKeys("Import test");
        browser.findElement(By.cssSelector("form.new-plan button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-form")));
        String planId = browser.getCurrentUrl().replaceAll(".*/plans/", "");
        JsonNode complete = CompletePlan.of(new PlanFields(new PlanReader()), 1);
        browser.findElement(By.cssSelector("details.advanced > summary")).click();
        WebElement box = browser.findElement(By.id("import-json"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", box, complete.toString());
        browser.findElement(By.cssSelector("form.import button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-form")));
        saveDraft(2);
        JsonNode stored = api("/api/v1/plans/" + planId + "/versions/2").path("plan");
        assertEquals(complete.toString().length(), stored.toString().length(), stored.toString());
        assertEquals(JSON.readTree(browser.findElement(By.id("plan-json")).getAttribute("textContent")), stored);
        for (String name : List.of("innovation.nature", "activities[1].audiences", "stakeholders[0].engagementRoute",
                "communities.interest.members")) {
            assertFalse(browser.findElements(By.name(name)).isEmpty(), "a control is named " + name);
        }
    }

    /** Shows one part of the interview by its link in the parts list. */
    private void part(String id) {
        click(By.cssSelector(".groups a[href='#" + id + "']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private void addRow(String list, String expectedControl) {
        browser.findElement(By.cssSelector("#f-" + list + " > button:not(.secondary)")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name(expectedControl)));
    }

    /** Clicks the element, finding it again if a live update (htmx) replaced it between finding and clicking. */
    private void click(By by) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            WebElement element = d.findElement(by);
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            element.click();
            return true;
        });
    }

    /** Waits until the last debounced change has reached the server and its answer is on the page. */
    private void settled() {
        try {
            Thread.sleep(600); // the form waits 400 ms after the last change before it asks for advice
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !document.querySelector('.htmx-request');")));
    }

    private void saveDraft(int expected) {
        settled();
        click(By.id("save-draft"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-message"), "Saved as draft " + expected));
    }

    private JsonNode api(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static String pdfText(byte[] pdf) throws IOException, InterruptedException {
        assertTrue(new String(pdf, 0, 5).startsWith("%PDF"), "a PDF");
        Path file = Files.createTempFile("report", ".pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-").redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0,
                "pdftotext (apt-get install poppler-utils; .ci/run does) failed: " + text);
        return text;
    }
}
