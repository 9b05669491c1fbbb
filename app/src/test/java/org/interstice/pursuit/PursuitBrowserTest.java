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
        assertThat(page.findElement(By.id("disruption")).getText()).contains("Slavery and Trafficking Risk Order", "Licence suspended");
        assertAccessible();
        page.get(url("/intelligence/new"));
        assertAccessible();
    }

    @Test
    void an_investigator_records_a_slavery_and_trafficking_risk_order_and_sees_each_missing_detail_beside_its_field() {
        WebDriver page = signIn(DemoUsers.POLICE_INVESTIGATOR);
        page.get(url("/pursuit/suspects"));
        page.findElement(By.linkText("Sohail Ahmed")).click();
        // the demo's STRO, breached: shown with its court, prohibitions and breach, and in the alarm's reasons
        assertThat(page.findElement(By.id("disruptions")).getText()).contains("Slavery and Trafficking Risk Order",
                "Made by Northbridge Magistrates' Court", "Breached");
        assertThat(page.findElement(By.id("alarm-reasons")).getText()).contains("Breach of the Slavery and Trafficking Risk Order");
        assertAccessible();
        new org.openqa.selenium.support.ui.Select(page.findElement(By.id("type"))).selectByValue("STRO");
        clickAndWait(By.xpath("//form[contains(@action,'/disruption')]//button"));
        assertThat(page.findElement(By.id("error")).getText()).contains("Enter the court that made the order", "Enter the order's prohibitions");
        assertThat(page.findElement(By.id("court-error")).getText()).contains("Enter the court that made the order");
        assertAccessible();
        page.findElement(By.id("court")).sendKeys("Northbridge Magistrates' Court");
        page.findElement(By.id("conditions")).sendKeys("Not to enter Station Road");
        clickAndWait(By.xpath("//form[contains(@action,'/disruption')]//button"));
        assertThat(page.findElement(By.id("disruptions")).getText()).contains("Prohibitions: Not to enter Station Road");
        assertAccessible();
    }
}
