package org.interstice.intelligence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.interstice.BrowserTest;
import org.interstice.agency.Role;
import org.interstice.agency.Users;
import org.interstice.demo.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

class PersonsBrowserTest extends BrowserTest {

    @Autowired ReportRecording recording;
    @Autowired Users users;
    @Autowired Clock clock;

    private void report(String name, Integer age, EntityRef car, int daysAgo) {
        EntityRef person = EntityRef.person(name, null, null, age, "Tall, beard, grey tracksuit");
        var outcome = recording.record(users.viewerFor(DemoUsers.POLICE_INVESTIGATOR).orElseThrow(), new NewReport(
                LocalDate.now(clock).minusDays(daysAgo), SourceType.CHILD_ACCOUNT, UUID.randomUUID(), null, "A man drives her to parties",
                null, "3x5x2", "2", "B", "P", null, Set.of(), Set.<Role>of(), List.of(new NewReport.Mention(person, MentionRole.SUSPECT)),
                List.of(new NewReport.LinkSpec(person, "DRIVES", car))));
        assertThat(outcome.recorded()).isTrue();
    }

    @Test
    void an_analyst_compares_the_evidence_joins_the_same_man_finds_him_by_a_nickname_and_undoes_the_join() {
        String family = "Brightwater" + (char) ('a' + new java.util.Random().nextInt(26));
        EntityRef car = EntityRef.vehicle("BW" + (10 + new java.util.Random().nextInt(89)) + " XYZ", "Blue BMW");
        report("Kashif " + family, 30, car, 30);
        // his cousin Kashif drives the car too, so the car does not say which Kashif a first name is (ADR 0083)
        report("Kashif Ashdown" + (char) ('a' + new java.util.Random().nextInt(26)), null, car, 20);
        report("Kashif", null, car, 5);

        WebDriver page = signIn(DemoUsers.INTELLIGENCE_ANALYST);
        page.get(url("/intelligence/persons/reviews"));
        assertThat(page.findElement(By.tagName("main")).getText()).contains("3 reports: ", "Kashif " + family, " / Kashif");
        assertAccessible();
        var card = page.findElements(By.cssSelector(".govuk-summary-card")).stream()
                .filter(c -> c.getText().contains("Kashif " + family)).findFirst().orElseThrow();
        assertThat(card.getText()).contains("same vehicle", "given name exact, family name not given", "Tall, beard, grey tracksuit");
        card.findElement(By.cssSelector("button[value=join]")).click();
        assertThat(page.findElement(By.className("govuk-notification-banner")).getText()).contains("Joined as one man");

        page.get(url("/intelligence/persons?name=Kashif+" + family));
        assertAccessible();
        page.findElement(By.linkText("Kashif " + family)).click();
        assertThat(page.findElement(By.id("known-names")).getText()).contains("Kashif " + family, "Kashif");
        assertAccessible();
        page.findElement(By.cssSelector("input[name=reason]")).sendKeys("Two brothers share the car");
        page.findElement(By.cssSelector("button.govuk-button--warning")).click();
        assertThat(page.findElement(By.className("govuk-notification-banner")).getText()).contains("two persons again");
        assertThat(page.findElements(By.cssSelector("#known-names tbody tr"))).hasSize(1);
        assertAccessible();
    }
}
