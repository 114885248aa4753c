package org.scalingadvisor.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.MockWebServerWrapper;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.scalingadvisor.http.OidcProvider;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 19: two people sign in through a real OpenID Connect provider's login page in Chromium (and
 * out with the banner's button), and neither can see or change the other's plan, on the pages or
 * through the API from the page.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoPeopleInBrowserTest implements TestPropertyProvider {

    private final OidcProvider oidc = new OidcProvider(new MockOAuth2Server(new OAuth2Config(true, null, null, false,
            new OAuth2TokenProvider(), Set.of(), new MockWebServerWrapper())));

    @Inject
    EmbeddedServer server;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(oidc.settings());
        properties.put("datasources.default.url", "jdbc:h2:mem:two-people;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        return properties;
    }

    @BeforeAll
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.quit();
        }
        oidc.close();
    }

    private String url(String path) {
        return server.getURI().resolve(path).toString();
    }

    /** Opens the start page, is sent to the provider's login page, and signs in there as the person. */
    private void signIn(String who, String org) {
        List<WebElement> signOut = browser.findElements(By.cssSelector("form.sign-out button"));
        if (signOut.isEmpty()) {
            browser.get(url("/"));
        } else {
            signOut.get(0).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.sign-in"))).click();
        }
        WebElement username = wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        assertFalse(browser.getCurrentUrl().startsWith(server.getURI().toString()), "the provider's own page: " + browser.getCurrentUrl());
        username.sendKeys(who);
        WebElement claims = browser.findElement(By.name("claims"));
        claims.clear();
        claims.sendKeys("{\"org\": \"" + org + "\"}");
        browser.findElement(By.cssSelector("input[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.new-plan")));
        assertEquals(url("/"), browser.getCurrentUrl());
        assertEquals("Signed in as " + who, browser.findElement(By.cssSelector("form.sign-out .who")).getText());
    }

    /** A request from the signed-in page's own script: the status it gets. */
    private long fetchStatus(String method, String path, String contentType, String body) {
        Object status = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[1], {method: arguments[0], headers: arguments[2] ? {'Content-Type': arguments[2]} : {},"
                + " body: arguments[3]}).then(function (r) { done(r.status); }, function (e) { done(-1); });",
                method, path, contentType, body);
        return ((Number) status).longValue();
    }

    @Test
    void twoPeopleCannotSeeOrChangeEachOthersPlans() {
        signIn("alice", "north");
        browser.findElement(By.name("title")).sendKeys("Alice's falls prevention plan");
        browser.findElement(By.cssSelector("form.new-plan button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-form")));
        String aliceId = browser.getCurrentUrl().replaceAll(".*/plans/", "");
        Browser.screenshot(browser, "signed-in-alice");

        signIn("bob", "south");
        assertFalse(browser.getPageSource().contains("Alice's falls prevention plan"), "bob's list does not show alice's plan");
        browser.get(url("/plans/" + aliceId));
        assertTrue(browser.findElements(By.id("plan-form")).isEmpty(), "bob gets no editor for alice's plan");
        assertFalse(browser.getPageSource().contains("Alice's falls prevention plan"));
        browser.get(url("/"));
        assertEquals(404, fetchStatus("GET", "/api/v1/plans/" + aliceId, null, null));
        assertEquals(404, fetchStatus("POST", "/plans/" + aliceId + "/import", "application/x-www-form-urlencoded",
                "json=%7B%22title%22%3A%22Bob%20was%20here%22%7D"));
        assertEquals(404, fetchStatus("POST", "/plans/" + aliceId + "/save", "application/x-www-form-urlencoded", "title=Bob"));
        assertEquals(404, fetchStatus("DELETE", "/api/v1/plans/" + aliceId, null, null));
        browser.findElement(By.name("title")).sendKeys("Bob's own plan");
        browser.findElement(By.cssSelector("form.new-plan button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-form")));
        String bobId = browser.getCurrentUrl().replaceAll(".*/plans/", "");

        signIn("alice", "north");
        assertTrue(browser.getPageSource().contains("Alice's falls prevention plan"));
        assertFalse(browser.getPageSource().contains("Bob's own plan"), "alice does not see bob's plan either");
        assertEquals(404, fetchStatus("GET", "/api/v1/plans/" + bobId, null, null));
        browser.get(url("/plans/" + aliceId + "/plan.json"));
        assertTrue(browser.getPageSource().contains("Alice's falls prevention plan"), "alice's plan is as she left it");
        assertFalse(browser.getPageSource().contains("Bob was here"));
    }
}
