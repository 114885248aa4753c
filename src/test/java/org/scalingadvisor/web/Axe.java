package org.scalingadvisor.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** axe-core's rules (WCAG 2.x A and AA, and best practice) run on the page the browser shows. */
final class Axe {

    private Axe() {
    }

    static void assertNoViolations(WebDriver browser, String page) {
        Results results = new AxeBuilder().analyze(browser);
        String found = results.getViolations().stream()
                .map(Axe::describe)
                .collect(Collectors.joining("\n"));
        assertTrue(results.getViolations().isEmpty(), "axe-core on " + page + ":\n" + found);
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }
}
