package org.interstice.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.interstice.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A police team manager saves a column-mapping profile for the force's signal extracts, beside its people profiles. */
class ColumnProfilesBrowserTest extends BrowserTest {

    @Test
    void a_team_manager_saves_a_profile_for_signal_extracts_and_a_missing_name_is_said_plainly() {
        WebDriver driver = signIn("police.manager");
        open("/admin/imports/profiles");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Profiles for people extracts")
                .contains("Save a profile for signal extracts");
        assertAccessible();

        clickAndWait(By.id("save-profile-SIGNALS"));
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).contains("Enter a name for the profile");
        assertAccessible();

        String name = "niche-rms-" + UUID.randomUUID().toString().substring(0, 6);
        driver.findElement(By.id("name-SIGNALS")).sendKeys(name);
        driver.findElement(By.id("col-SIGNALS-kind")).sendKeys("Occurrence Type");
        driver.findElement(By.id("col-SIGNALS-source_id")).sendKeys("Occurrence Ref");
        clickAndWait(By.id("save-profile-SIGNALS"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(name).contains("Occurrence Type");
        assertAccessible();
    }
}
