package org.interstice;

import org.interstice.demo.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

class HomePageBrowserTest extends BrowserTest {

    @Test
    void theSignInPageIsStyledAndAccessible() {
        WebDriver page = open("/sign-in");
        assertThat(page.getTitle()).isEqualTo("Sign in – Interstice");
        // GOV.UK Frontend's stylesheet and its start-up script both load under the Content-Security-Policy.
        assertThat(((JavascriptExecutor) page).executeScript(
                "return document.body.classList.contains('govuk-frontend-supported')")).isEqualTo(true);
        assertThat((String) ((JavascriptExecutor) page).executeScript(
                "return getComputedStyle(document.querySelector('.govuk-heading-l')).fontWeight")).isEqualTo("700");
        assertAccessible();
    }

    @Test
    void aPractitionerSignsInAndReachesAnAccessibleHomePageWithRealFigures() {
        WebDriver page = signIn(DemoUsers.PRACTITIONER);
        assertThat(page.getCurrentUrl()).isEqualTo(url("/"));
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Welcome, Priya Shah");
        assertThat(page.findElements(By.cssSelector(".app-figure__value"))).isNotEmpty();
        assertThat(page.findElement(By.cssSelector(".govuk-phase-banner")).getText()).contains("Beta");
        assertAccessible();
    }

    @Test
    void aWrongPasswordShowsAnAccessibleErrorAndAForbiddenPageIsStyled() {
        WebDriver page = open("/sign-in");
        page.manage().deleteAllCookies();
        page.get(url("/sign-in"));
        page.findElement(By.id("username")).sendKeys("nobody-at-all");
        page.findElement(By.id("password")).sendKeys("wrong");
        page.findElement(By.cssSelector("form[action='/sign-in'] button[type=submit]")).click();
        assertThat(page.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter a correct username and password");
        assertAccessible();

        signIn(DemoUsers.ELECTED_MEMBER);
        open("/audit");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("You do not have access to this page");
        assertAccessible();
        open("/no-such-page");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertAccessible();
        open("/test-only/failure/now");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Sorry, there is a problem with the service");
        assertThat(page.getPageSource()).doesNotContain(FailingPage.SECRET).doesNotContain("IllegalStateException");
        assertAccessible();
    }

    @Test
    void administrationAndAuditPagesAreAccessible() {
        WebDriver page = signIn(DemoUsers.SYSTEM_ADMINISTRATOR);
        for (String path : new String[]{"/admin/users", "/admin/users/new", "/admin/tokens", "/admin/agencies"}) {
            open(path);
            assertThat(page.findElement(By.tagName("h1")).isDisplayed()).isTrue();
            assertAccessible();
        }
        signIn(DemoUsers.AUDITOR);
        open("/audit/verify");
        assertThat(page.findElement(By.cssSelector(".govuk-notification-banner__heading")).getText()).contains("intact");
        assertAccessible();
    }
}
