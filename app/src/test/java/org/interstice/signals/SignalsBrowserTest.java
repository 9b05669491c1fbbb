package org.interstice.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.interstice.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A police investigator records a signal and the child's words on the child page; social care sees the overdue interviews. */
class SignalsBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    private UUID demoChild(String name) {
        return jdbc.sql("SELECT subject_id FROM protection_child WHERE stated_name = :name").param("name", name)
                .query(UUID.class).single();
    }

    @Test
    void a_signal_and_the_child_s_words_appear_on_the_child_page_chronology() {
        UUID amber = demoChild("Amber Lawson");
        String summary = "Seen at the bus station at 23:40 with two older males " + UUID.randomUUID().toString().substring(0, 6);
        WebDriver driver = signIn("police.investigator");
        open("/protection/children/" + amber);
        assertThat(driver.findElement(By.id("own-words-title")).getText()).isEqualTo("In their own words");
        assertThat(driver.findElement(By.id("chronology-table")).getText()).contains("Contact to the MASH");
        assertAccessible();

        clickAndWait(By.id("record-signal"));
        clickAndWait(By.id("save-signal"));
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).contains("Choose a kind of signal");
        assertAccessible();
        new Select(driver.findElement(By.id("signal-kind"))).selectByValue("FOUND_WITH_OLDER_ADULTS");
        // yesterday, so that "00:10" is never in the future (run between midnight and 00:10, today's 00:10 was refused)
        driver.findElement(By.id("signal-occurredOn")).clear();
        driver.findElement(By.id("signal-occurredOn")).sendKeys(LocalDate.now(clock).minusDays(1).toString());
        driver.findElement(By.id("signal-occurredTime")).sendKeys("00:10");
        driver.findElement(By.id("signal-summary")).sendKeys(summary);
        clickAndWait(By.id("save-signal"));
        assertThat(driver.findElement(By.id("chronology-table")).getText()).contains(summary).contains("Found with older adults")
                .contains("Northshire Police");

        driver.findElement(By.cssSelector("#own-words details summary")).click();
        driver.findElement(By.id("words-words")).sendKeys("They're my mates, they give me lifts.");
        clickAndWait(By.id("save-words"));
        assertThat(driver.findElement(By.id("own-words")).getText()).contains("They're my mates, they give me lifts.")
                .contains("DC Ian Patel");
        assertAccessible();
    }

    @Test
    void social_care_sees_overdue_return_home_interviews_and_the_demo_child_s_restricted_health_signal_stays_restricted() {
        WebDriver driver = signIn("practitioner");
        open("/signals/return-interviews");
        assertThat(driver.findElement(By.id("overdue")).getText()).containsIgnoringCase("Jade Whitaker");
        assertAccessible();
        clickAndWait(By.partialLinkText("Jade"));
        assertThat(driver.findElement(By.id("interview-overdue")).getText()).contains("Overdue");
        assertAccessible();

        signIn("mash.officer");
        open("/protection/children/" + demoChild("Jade Whitaker") + "/chronology");
        assertThat(driver.findElement(By.id("chronology-table")).getText())
                .contains("Attended intoxicated with an adult male").contains("Return home interview due");
        assertAccessible();
    }
}
