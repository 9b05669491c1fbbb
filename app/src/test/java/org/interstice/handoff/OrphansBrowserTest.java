package org.interstice.handoff;

import java.time.Duration;
import java.util.UUID;

import org.interstice.BrowserTest;
import org.interstice.agency.Accounts;
import org.interstice.agency.Agencies;
import org.interstice.agency.NewAccount;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.demo.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A manager finds a hand-off whose owner left on the orphans page and gives it to someone else. */
class OrphansBrowserTest extends BrowserTest {

    @Autowired
    Handoffs handoffs;
    @Autowired
    Accounts accounts;
    @Autowired
    Agencies agencies;
    @Autowired
    Users users;

    @Test
    void a_team_manager_reallocates_a_hand_off_listed_because_its_owner_was_deactivated() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID socialCare = HandoffFixtures.agency(agencies, "NBC-CSC");
        UUID leaver = accounts.open(new NewAccount("leaver." + tag, "Lee Leaver " + tag, socialCare, null,
                Role.PRACTITIONER), "a-long-enough-password").user().id();
        String summary = "Browser orphan " + tag;
        UUID id = HandoffFixtures.send(handoffs, HandoffFixtures.viewer(users, DemoUsers.POLICE_INVESTIGATOR),
                socialCare, Urgency.AMBER, summary);
        assertThat(handoffs.accept(id, leaver, HandoffFixtures.viewer(users, DemoUsers.PRACTITIONER)).allowed()).isTrue();
        assertThat(accounts.deactivate(leaver, HandoffFixtures.viewer(users, DemoUsers.SYSTEM_ADMINISTRATOR))).isEmpty();

        WebDriver browser = signIn(DemoUsers.TEAM_MANAGER);
        open("/orphans");
        assertThat(browser.findElement(By.id("orphans")).getText()).contains(summary, "Owner deactivated",
                "last owner Lee Leaver " + tag, "deactivated on");
        assertAccessible();
        browser.findElement(By.linkText(summary)).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.getPageSource().contains("Give it to someone else"));
        assertAccessible();
        new Select(browser.findElement(By.id("new-owner"))).selectByVisibleText("Sophie Walker");
        browser.findElement(By.id("reassign")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
                .until(d -> d.findElement(By.cssSelector(".govuk-notification-banner")).getText().contains("Reassigned"));
        assertThat(browser.findElement(By.cssSelector(".govuk-summary-list")).getText()).contains("Sophie Walker");

        open("/orphans");
        assertThat(browser.getPageSource()).doesNotContain(summary);
        assertAccessible();
    }
}
