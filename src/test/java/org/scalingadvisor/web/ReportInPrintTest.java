package org.scalingadvisor.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report on paper: the largest sample plan prints on at most three A4 pages (Chromium's print
 * to PDF, counted by pdfinfo), with the verdict and the first actions on page 1 and the two pictures
 * (where the money goes, the timeline) in it with their words.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportInPrintTest {

    @Inject
    EmbeddedServer server;

    private ChromeDriver browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theLargestSamplePrintsOnThreePagesWithFirstActionsOnPageOne() throws Exception {
        Path largest = largestSample();
        int pages = printReport(largest);
        Files.copy(Browser.SCREENSHOTS.resolve("report.pdf"), Browser.SCREENSHOTS.resolve("report-largest-sample.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(pages <= 3, largest + " prints on " + pages + " A4 pages");
        assertPictures("the report");
        Browser.screenshot(browser, "report");
        Axe.assertNoViolations(browser, "the report of " + largest);

        browser.get(browser.getCurrentUrl().replaceAll("/versions/1/report$", ""));
        browser.findElement(By.cssSelector(".groups a[href='#g-check']")).click();
        assertPictures("the editor's check-your-answers part");
        Browser.screenshot(browser, "interview-pictures");
        Axe.assertNoViolations(browser, "the editor of " + largest);
    }

    /** Both pictures are drawn, each an image with a name and a caption in words. */
    private void assertPictures(String page) {
        List<org.openqa.selenium.WebElement> charts = browser.findElements(By.cssSelector("figure.picture svg[role=img]"));
        assertEquals(2, charts.size(), page + " shows where the money goes and the timeline");
        String captions = browser.findElements(By.cssSelector("figure.picture figcaption")).stream().map(e -> e.getText())
                .reduce("", String::concat);
        assertTrue(captions.contains("Where the money goes. Of £") && captions.contains("months"), captions);
        assertFalse(browser.findElements(By.cssSelector("svg rect.bar.side-demand")).isEmpty(), page + ": the demand side is drawn");
    }

    @Test
    void everySamplePrintsOnThreePagesWithFirstActionsOnPageOne() throws Exception {
        List<String> tooLong = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples", "plans"))) {
            for (Path sample : files.sorted().toList()) {
                int pages = printReport(sample);
                if (pages > 3) {
                    tooLong.add(sample.getFileName() + ": " + pages + " pages");
                }
            }
        }
        assertTrue(tooLong.isEmpty(), "reports longer than 3 A4 pages: " + tooLong);
    }

    /** "Advice, most important first": on every sample, the printed items run in rank order, whatever their kind. */
    @Test
    void theReportListsItsAdviceMostImportantFirst() throws Exception {
        List<String> outOfOrder = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples", "plans"))) {
            for (Path sample : files.sorted().toList()) {
                String id = keep(Files.readString(sample));
                browser.get(server.getURI().resolve("/plans/" + id + "/versions/1/report").toString());
                List<Integer> ranks = browser.findElements(By.cssSelector(".report-advice .report-item h3 > span:first-child")).stream()
                        .map(e -> Integer.parseInt(e.getText().replace(".", "").strip())).toList();
                if (!ranks.equals(ranks.stream().sorted().toList())) {
                    outOfOrder.add(sample.getFileName() + ": " + ranks);
                }
            }
        }
        assertTrue(outOfOrder.isEmpty(), "reports not in rank order: " + outOfOrder);
    }

    /** Prints the report of a sample's first version; checks the first actions are on page 1; answers the page count. */
    private int printReport(Path sample) throws Exception {
        String id = keep(Files.readString(sample));
        browser.get(server.getURI().resolve("/plans/" + id + "/versions/1/report").toString());
        List<String> firstActions = browser.findElements(By.cssSelector(".first-actions li")).stream().map(e -> e.getText()).toList();
        Path pdf = print();
        Files.createDirectories(Browser.SCREENSHOTS);
        Files.copy(pdf, Browser.SCREENSHOTS.resolve("report.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String pageOne = run("pdftotext", "-f", "1", "-l", "1", pdf.toString(), "-").replaceAll("\\s+", " ");
        for (String action : firstActions) {
            assertTrue(pageOne.contains(action.replaceAll("\\s+", " ")), sample + ": first action not on page 1: " + action);
        }
        return pages(pdf);
    }

    private static Path largestSample() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples", "plans"))) {
            return files.max(Comparator.comparingLong(ReportInPrintTest::size)).orElseThrow();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String keep(String plan) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI().resolve("/api/v1/plans"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(plan)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
        return response.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
    }

    private Path print() throws IOException {
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        Path file = Files.createTempFile("report", ".pdf");
        Files.write(file, Base64.getDecoder().decode(browser.print(options).getContent()));
        return file;
    }

    private static int pages(Path pdf) throws IOException, InterruptedException {
        String info = run("pdfinfo", pdf.toString());
        return Integer.parseInt(info.lines().filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow().replaceAll("\\D", ""));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0,
                String.join(" ", command) + " failed (apt-get install poppler-utils; .ci/run does): " + out);
        return out;
    }
}
