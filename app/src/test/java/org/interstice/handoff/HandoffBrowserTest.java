package org.interstice.handoff;

import java.time.Duration;
import java.util.UUID;

import org.interstice.BrowserTest;
import org.interstice.demo.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/** The vertical slice in a real browser: the police send a referral, social care acknowledge and accept it. */
class HandoffBrowserTest extends BrowserTest {

    @Test
    void police_send_a_referral_and_social_care_acknowledge_and_accept_it_while_the_police_watch() {
        String summary = "Browser referral " + UUID.randomUUID();
        WebDriver browser = signIn(DemoUsers.POLICE_INVESTIGATOR);
        open("/handoffs/new");
        assertAccessible();
        browser.findElement(By.id("kind")).click();
        browser.findElement(By.id("urgency-AMBER")).click();
        new Select(browser.findElement(By.id("toAgency"))).selectByVisibleText("Northbridge Council Children's Social Care");
        browser.findElement(By.id("summary")).sendKeys(summary);
        browser.findElement(By.cssSelector("form[action='/handoffs'] button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("h1")).getText().startsWith("Referral from"));

        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Referral from Northshire Police to Northbridge Council Children's Social Care");
        assertThat(browser.getPageSource()).contains(summary).contains("Acknowledge by");
        assertAccessible();
        String page = browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "");

        signIn(DemoUsers.PRACTITIONER);
        open(page);
        assertAccessible();
        browser.findElement(By.id("acknowledge")).click();
        bannerSays(browser, "Acknowledged");
        browser.findElement(By.id("accept")).click();
        bannerSays(browser, "Accepted");

        signIn(DemoUsers.POLICE_INVESTIGATOR);
        open(page);
        assertThat(browser.findElement(By.cssSelector(".govuk-summary-list")).getText()).contains("Priya Shah");
        assertThat(browser.findElement(By.cssSelector("h1 + p .govuk-tag")).getText()).isEqualTo("Accepted");
        open("/handoffs");
        assertAccessible();
    }

    /** Waits for the page after a form post: the old page's banner may still be there for a moment. */
    private static void bannerSays(WebDriver browser, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
                .until(d -> d.findElement(By.cssSelector(".govuk-notification-banner")).getText().contains(text));
    }

    @Test
    void the_dashboard_panels_and_minutes_are_accessible_to_a_panel_chair() {
        WebDriver browser = signIn(DemoUsers.PANEL_CHAIR);
        open("/handoffs/dashboard");
        assertThat(browser.findElement(By.id("ageing-table")).getText()).contains("Northbridge Council Children's Social Care");
        assertAccessible();
        open("/orphans");
        assertAccessible();
        open("/panels");
        assertAccessible();
        browser.findElement(By.cssSelector("main table a.govuk-link")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.getPageSource().contains("Victims: children with alarms or rising risk"));
        assertAccessible();
        browser.findElement(By.linkText("Minutes (printable)")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("h1")).getText().startsWith("Minutes:"));
        assertAccessible();
    }
}
