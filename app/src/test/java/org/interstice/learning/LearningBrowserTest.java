package org.interstice.learning;

import org.interstice.BrowserTest;
import org.interstice.demo.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LearningBrowserTest extends BrowserTest {

    private void waitForCharts(WebDriver page, int charts) {
        new WebDriverWait(page, Duration.ofSeconds(20)).until(d ->
                d.findElements(By.cssSelector(".app-spc__chart svg")).size() == charts);
    }

    @Test
    void thePartnershipLeadSeesEverySpcChartDrawnBesideItsTableAndThePageIsAccessible() {
        WebDriver page = signIn(DemoUsers.PARTNERSHIP_LEAD);
        open("/learning/measures");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("How safe is the system?");
        waitForCharts(page, 7);
        assertThat(page.findElements(By.cssSelector(".app-spc__chart")).stream().allMatch(e -> e.isDisplayed())).isTrue();
        assertThat(page.findElements(By.cssSelector("table.app-spc__table"))).hasSize(7);
        assertThat(page.findElement(By.id("mash-decision-in-time-month-heading")).getText())
                .isEqualTo("MASH decisions within 1 working day");
        assertThat(page.findElements(By.cssSelector(".app-spc__signals li"))).isNotEmpty();
        assertAccessible();

        open("/learning/measures?period=WEEK");
        waitForCharts(page, 7);
        assertAccessible();
    }

    @Test
    void anElectedMemberReadsTheMonthlyReportWithChartsAndSuppressedSmallNumbers() {
        WebDriver page = signIn(DemoUsers.ELECTED_MEMBER);
        open("/learning/report");
        assertThat(page.findElement(By.tagName("h1")).getText()).startsWith("System safety report, ");
        waitForCharts(page, 7);
        assertThat(page.findElement(By.cssSelector("main")).getText()).contains("What changed", "Summary");
        assertThat(page.findElements(By.cssSelector("link[href='/css/learning.css']"))).hasSize(1);
        assertThat(page.findElement(By.id("open-actions")).getText()).contains("Information not shared", "fewer than 5");
        assertAccessible();
    }

    @Test
    void aPractitionerReportsANearMissAnonymouslyOnAnAccessibleForm() {
        WebDriver page = signIn(DemoUsers.PRACTITIONER);
        open("/learning/incidents/new");
        assertAccessible();
        page.findElement(By.id("kind-near-miss")).click();
        page.findElement(By.id("occurredOn")).sendKeys("01/12/2026");
        page.findElement(By.id("whatHappened")).sendKeys("The out-of-hours team could not see the child's plan.");
        page.findElement(By.id("anonymous")).click();
        clickAndWait(By.cssSelector("form[action='/learning/incidents'] button[type=submit]"));
        assertThat(page.findElement(By.cssSelector(".govuk-notification-banner")).getText())
                .contains("Your name is shown only to the learning lead");
        assertAccessible();
    }

    @Test
    void theLearningLeadSeesOverdueReviewsTheSameMistakesAndTheTaxonomyOnAccessiblePages() {
        WebDriver page = signIn(DemoUsers.PARTNERSHIP_LEAD);
        open("/learning/reviews");
        assertThat(page.findElement(By.id("overdue")).getText()).contains("Northbridge 2", "Rapid review");
        assertAccessible();
        clickAndWait(By.linkText("Review of a child found with a warned adult (Northbridge 2)"));
        assertThat(page.findElement(By.id("clocks")).getText()).contains("Overdue");
        assertAccessible();
        open("/learning/same-mistakes");
        assertThat(page.findElement(By.cssSelector("tr[data-cause='INFORMATION_NOT_SHARED']")).getText()).contains("Found again");
        assertAccessible();
        open("/learning/same-mistakes/INFORMATION_NOT_SHARED");
        assertAccessible();
        open("/learning/causes");
        assertThat(page.findElement(By.tagName("main")).getText()).contains("Rule of optimism", "Start-again syndrome");
        assertAccessible();
        open("/learning/incidents");
        assertAccessible();
    }
}
