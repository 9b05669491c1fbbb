package org.interstice.pursuit;

import static org.assertj.core.api.Assertions.assertThat;

import org.interstice.BrowserTest;
import org.interstice.demo.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

class PursuitBrowserTest extends BrowserTest {

    @Test
    void an_investigator_follows_an_alarm_to_the_suspect_and_the_network_and_every_page_is_accessible() {
        WebDriver page = signIn(DemoUsers.POLICE_INVESTIGATOR);
        page.get(url("/pursuit/alarms"));
        assertThat(page.findElement(By.id("alarms")).getText()).contains("Daniel Marsh");
        assertAccessible();
        page.findElement(By.linkText("Daniel Marsh")).click();
        assertThat(page.findElement(By.id("alarm-reasons")).getText()).contains("Named in 5 reports from 4 independent sources");
        assertAccessible();
        page.get(url("/intelligence/network"));
        // the chart is drawn by the external script under the strict Content-Security-Policy
        new org.openqa.selenium.support.ui.WebDriverWait(page, java.time.Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#network-chart canvas")).isEmpty());
        assertAccessible();
        page.get(url("/pursuit/attrition"));
        assertThat(page.findElement(By.id("attrition")).getText()).contains("Prosecution");
        assertAccessible();
        page.get(url("/intelligence/new"));
        assertAccessible();
    }
}
