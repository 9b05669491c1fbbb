package org.interstice.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.interstice.BrowserTest;
import org.interstice.agency.Agencies;
import org.interstice.demo.DemoUsers;
import org.interstice.ingest.Imports;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A MASH officer sees records the re-evaluation moved out of a child's subject, and puts them back, on the page. */
class RecordMovesBrowserTest extends BrowserTest {

    @Autowired
    Imports imports;
    @Autowired
    Agencies agencies;
    @Autowired
    Linking linking;
    @Autowired
    LinkIndex index;
    @Autowired
    JdbcClient jdbc;

    private static final String HEADER = "source_id,given_name,family_name,dob,sex,postcode,address,phone,nhs_number,upn\n";

    @Test
    void records_moved_by_re_evaluation_are_listed_on_the_childs_page_and_can_be_put_back() {
        String tag = Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        SingleViewTest.importCsv(imports, agencies.byCode("NBH").orElseThrow(), "RMB-" + tag + ".csv", HEADER
                + "RMB-" + tag + "-a,Wiktor,Grabowsk" + tag + "i,2012-04-03,M,NB5 1AA,11 Oriel Walk,,,\n"
                + "RMB-" + tag + "-b,Precious,Okonkwo" + tag + ",2015-08-19,F,NB7 9ZX,60 Gantry Row,,,\n");
        UUID a = jdbc.sql("select id from person_record where source_id = :s").param("s", "RMB-" + tag + "-a").query(UUID.class).single();
        UUID b = jdbc.sql("select id from person_record where source_id = :s").param("s", "RMB-" + tag + "-b").query(UUID.class).single();
        UUID boy = index.subjectOf(a.toString());
        linking.setSubject(b, boy); // as an older model might have
        SingleViewTest.importCsv(imports, agencies.byCode("NBC-EDU").orElseThrow(), "RMB-" + tag + "-x.csv", HEADER
                + "RMB-" + tag + "-x,Tamsin,Ollerenshaw" + tag + ",2013-01-05,F,,,,,\n");
        assertThat(index.subjectOf(b.toString())).isNotEqualTo(boy);

        WebDriver page = signIn(DemoUsers.MASH_OFFICER);
        page.get(url("/subjects/" + boy));
        String main = page.findElement(By.tagName("main")).getText();
        assertThat(main).contains("Records moved by re-evaluation").contains("Moved out of this person")
                .contains("NBH RMB-" + tag + "-b");
        assertAccessible();
        List<org.openqa.selenium.WebElement> reasons = page.findElements(By.cssSelector("input[id^='undo-reason-']"));
        assertThat(reasons).hasSize(1);
        reasons.get(0).sendKeys("Checked with the GP: one child");
        clickAndWait(By.cssSelector("form[action^='/identity/moves/'] button[type=submit]"));
        assertThat(page.findElement(By.tagName("main")).getText())
                .contains("The records were put back").contains("Put back").contains("Checked with the GP: one child");
        assertAccessible();
        assertThat(index.subjectOf(b.toString())).isEqualTo(boy);
    }
}
