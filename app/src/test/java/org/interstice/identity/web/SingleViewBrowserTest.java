package org.interstice.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.interstice.BrowserTest;
import org.interstice.demo.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An administrator uploads an extract and watches it import; a MASH officer finds the child and opens the single view. */
class SingleViewBrowserTest extends BrowserTest {

    @Test
    void an_uploaded_extract_imports_with_live_progress_and_the_child_can_be_found_and_viewed() throws Exception {
        String family = "Brightwater" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        Path file = Files.createTempFile("extract", ".csv");
        Files.writeString(file, """
                source_id,given_name,family_name,dob,sex,ethnicity,postcode,address,nhs_number
                BT-1,Maisie,%1$s,2011-09-21,F,MWBC,NB2 4RT,3 Ropewalk Court,
                BT-2,Callum,%1$s,2009-02-11,M,WBRI,NB2 4RT,3 Ropewalk Court,1234567890
                """.formatted(family));

        WebDriver page = signIn(DemoUsers.SYSTEM_ADMINISTRATOR);
        page.get(url("/admin/imports/new"));
        assertAccessible();
        page.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        page.findElement(By.id("acceptValidRows")).click();
        page.findElement(By.cssSelector("form[action='/admin/imports'] button[type=submit]")).click();

        new WebDriverWait(page, Duration.ofSeconds(60))
                .until(ExpectedConditions.textToBe(By.id("import-status"), "Done"));
        assertThat(page.getCurrentUrl()).contains("/admin/imports/");
        assertThat(page.findElement(By.id("count-accepted")).getText()).isEqualTo("1");
        assertThat(page.findElement(By.id("count-rejected")).getText()).isEqualTo("1");
        assertThat(page.findElement(By.tagName("main")).getText()).contains("must be a valid 10-digit NHS number");
        assertAccessible();
        page.get(url("/admin/imports"));
        assertThat(page.findElement(By.tagName("main")).getText()).contains(file.getFileName().toString());
        assertAccessible();

        signIn(DemoUsers.MASH_OFFICER);
        page.get(url("/subjects?name=Maisie+" + family));
        assertAccessible();
        page.findElement(By.linkText("Maisie " + family.toUpperCase())).click();
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Maisie " + family.toUpperCase());
        assertThat(page.findElement(By.tagName("main")).getText()).contains("Known to 1 agency")
                .contains("Northbridge Council Children's Social Care").contains("BT-1");
        assertAccessible();
        page.get(url("/identity/reviews"));
        assertAccessible();
        page.get(url("/people/new?givenName=Maisie&familyName=" + family));
        assertThat(page.findElement(By.tagName("main")).getText()).contains("Is it one of these people?");
        assertAccessible();
    }
}
