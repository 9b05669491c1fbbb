package org.interstice.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.interstice.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** A practitioner screens a child, the alarm is raised, a manager protects the child and the alarm clears. */
class KnownButNotProtectedBrowserTest extends BrowserTest {

    @Test
    void screening_raises_the_alarm_and_a_plan_with_a_lead_professional_and_a_visit_clears_it() {
        String name = "Browser Child " + UUID.randomUUID().toString().substring(0, 8);

        WebDriver driver = signIn("practitioner");
        open("/protection/contacts/new");
        driver.findElement(By.id("contact-childName")).sendKeys(name);
        driver.findElement(By.id("contact-childBirthDate")).sendKeys("3/4/2012");
        new Select(driver.findElement(By.id("contact-referralSource"))).selectByValue("8");
        driver.findElement(By.id("contact-concern")).sendKeys("Seen getting into cars with unknown adults after school.");
        assertAccessible();
        clickAndWait(By.id("send-contact"));
        assertThat(driver.findElement(By.id("outcome")).getText()).contains("Awaiting decision");
        assertAccessible();

        clickAndWait(By.linkText("Go to the child’s protection page"));
        assertThat(driver.findElement(By.id("current-risk")).getText()).contains("Not screened");
        clickAndWait(By.linkText("Screen for exploitation"));
        assertAccessible();
        for (String indicator : new String[] {"recent-V-FAMILY", "recent-S-VEHICLES", "recent-S-HOTELS", "recent-S-EXCHANGE"}) {
            driver.findElement(By.cssSelector("label[for='" + indicator + "']")).click();
        }
        clickAndWait(By.id("save-screening"));
        assertThat(driver.findElement(By.id("result")).getText()).contains("Category 4: significant").contains("16 points");
        assertThat(driver.findElement(By.id("findings")).getText()).contains("Entering or leaving vehicles driven by unknown adults");
        assertThat(driver.findElement(By.id("how-reached")).getText()).startsWith("Significant incident: Entering or leaving vehicles");
        assertAccessible();

        clickAndWait(By.id("to-child"));
        String childUrl = driver.getCurrentUrl();
        assertThat(driver.findElement(By.id("alarm-reasons")).getText())
                .contains("one of the top two levels").contains("No active plan").contains("No lead professional")
                .contains("No recorded contact with the child");
        assertAccessible();

        signIn("mash.officer");
        open("/protection/alarms?sort=risk");
        assertThat(driver.findElement(By.id("alarms")).getText()).containsIgnoringCase(name).contains("Multi-Agency Safeguarding Hub");
        assertAccessible();

        signIn("team.manager");

        driver.get(childUrl);
        new Select(driver.findElement(By.id("plan-planType"))).selectByValue("EXPLOITATION_SAFETY");
        clickAndWait(By.id("start-plan"));
        assertThat(driver.findElement(By.id("alarm-reasons")).getText()).doesNotContain("No active plan").contains("No lead professional");

        driver.findElement(By.id("lead-personName")).sendKeys("Priya Shah");
        new Select(driver.findElement(By.id("lead-agencyId"))).selectByVisibleText("Northbridge Council Children's Social Care");
        clickAndWait(By.id("save-lead"));
        assertThat(driver.findElement(By.id("lead-professional")).getText()).contains("Priya Shah");
        assertThat(driver.findElement(By.id("alarm-reasons")).getText()).doesNotContain("No lead professional");

        new Select(driver.findElement(By.id("seen-kind"))).selectByValue("STATUTORY_VISIT");
        clickAndWait(By.id("record-seen"));
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).contains("Say whether the child was seen");
        assertAccessible();
        new Select(driver.findElement(By.id("seen-kind"))).selectByValue("STATUTORY_VISIT");
        driver.findElement(By.cssSelector("label[for='seen-childSeen']")).click();
        driver.findElement(By.cssSelector("label[for='seen-seenAlone']")).click();
        clickAndWait(By.id("record-seen"));
        assertThat(driver.findElement(By.id("sightings")).getText()).contains("Statutory visit (social work)")
                .contains("Child seen alone");

        assertThat(driver.findElements(By.id("alarm"))).isEmpty();
        assertThat(driver.findElement(By.id("past-alarms")).getText()).contains("Condition cleared");
        assertAccessible();

        open("/protection/alarms");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain(name);
    }

    @Test
    void the_mash_decides_a_contact_the_referrer_sees_the_outcome_and_every_protection_page_is_accessible() {
        String name = "Triage Child " + UUID.randomUUID().toString().substring(0, 8);
        WebDriver driver = signIn("nba.dsl");
        open("/protection/contacts/new");
        clickAndWait(By.id("send-contact"));
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).contains("Enter the child's name");
        assertAccessible();
        driver.findElement(By.id("contact-childName")).sendKeys(name);
        new Select(driver.findElement(By.id("contact-referralSource"))).selectByValue("2A");
        driver.findElement(By.id("contact-concern")).sendKeys("Missing lessons; picked up by older males.");
        clickAndWait(By.id("send-contact"));
        String contactUrl = driver.getCurrentUrl();

        signIn("mash.officer");
        open("/protection/mash");
        assertThat(driver.findElement(By.id("contacts")).getText()).containsIgnoringCase(name);
        assertAccessible();
        driver.get(contactUrl);
        driver.findElement(By.cssSelector("label[for='rag-AMBER']")).click();
        clickAndWait(By.cssSelector("#rating button"));
        new Select(driver.findElement(By.id("decision-outcome"))).selectByValue("EARLY_HELP");
        driver.findElement(By.id("decision-reason")).sendKeys("Family agree to early help; no statutory threshold.");
        new Select(driver.findElement(By.id("decision-primaryNeed"))).selectByValue("N5");
        assertAccessible();
        clickAndWait(By.id("record-decision"));
        assertThat(driver.findElement(By.id("outcome")).getText()).contains("Early help").contains("Family agree to early help");

        signIn("nba.dsl");
        open("/protection/contacts");
        assertThat(driver.findElement(By.id("contacts")).getText()).containsIgnoringCase(name).contains("Early help");
        assertAccessible();

        signIn("team.manager");
        for (String page : new String[] {"/protection/children", "/protection/overdue", "/protection/alarms?sort=age"}) {
            open(page);
            assertAccessible();
        }
        signIn("partnership.lead");
        open("/protection/settings");
        assertThat(driver.findElement(By.id("settings")).getText()).contains("Child and family assessment");
        assertAccessible();
    }

    @Test
    void a_child_on_a_child_protection_plan_shows_both_categories_the_core_group_and_the_census_closure_reasons() {
        WebDriver driver = signIn("team.manager");
        open("/protection/children?name=Leah+Brennan");
        clickAndWait(By.cssSelector("#children a[href^='/protection/children/']"));
        assertThat(driver.findElement(By.id("clocks")).getText()).contains("First core group meeting");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Latest category: Sexual abuse").contains("Initial category: Sexual abuse");
        assertThat(driver.findElement(By.cssSelector("select[name='closureReason']")).getAttribute("innerHTML"))
                .contains("RC9: Case closed after assessment, referred to early help");
        assertThat(driver.findElement(By.id("sightings")).getText()).contains("Child seen alone");
        assertAccessible();
    }
}
