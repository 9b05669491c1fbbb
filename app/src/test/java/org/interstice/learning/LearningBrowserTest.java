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
        waitForCharts(page, 6);
        assertThat(page.findElements(By.cssSelector(".app-spc__chart")).stream().allMatch(e -> e.isDisplayed())).isTrue();
        assertThat(page.findElements(By.cssSelector("table.app-spc__table"))).hasSize(6);
        assertThat(page.findElement(By.id("mash-decision-in-time-month-heading")).getText())
                .isEqualTo("MASH decisions within 1 working day");
        assertThat(page.findElements(By.cssSelector(".app-spc__signals li"))).isNotEmpty();
        assertAccessible();

        open("/learning/measures?period=WEEK");
        waitForCharts(page, 6);
        assertAccessible();
    }

    @Test
    void anElectedMemberReadsTheMonthlyReportWithChartsAndSuppressedSmallNumbers() {
        WebDriver page = signIn(DemoUsers.ELECTED_MEMBER);
        open("/learning/report");
        assertThat(page.findElement(By.tagName("h1")).getText()).startsWith("System safety report, ");
        waitForCharts(page, 6);
        assertThat(page.findElement(By.cssSelector("main")).getText()).contains("What changed", "Summary");
        assertThat(page.findElements(By.cssSelector("link[href='/css/learning.css']"))).hasSize(1);
        assertAccessible();
    }
}
