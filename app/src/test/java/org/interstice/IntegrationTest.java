package org.interstice;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test against the whole application on a real embedded PostgreSQL with the real migrations and the demo
 * partnership seeded. Every test class with this annotation (and no other context configuration) shares ONE Spring
 * context and ONE database per test JVM, so tests must create their own data and not depend on order.
 * {@code MockMvc} is available for injection; the server listens on a random port ({@code @LocalServerPort}).
 * Sign a request in with {@code .with(SignIn.as(Role.PRACTITIONER))} (the demo user for that role).
 * The application's {@code Clock} is a {@link TestClock}: inject it to move time; it is reset after each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "interstice.data-dir=target/test-data",
        "interstice.database.embedded.clean=true",
        "interstice.database.url=",
        "interstice.demo.enabled=true",
        "interstice.demo.password=" + IntegrationTest.DEMO_PASSWORD,
        "interstice.demo.api-token=" + IntegrationTest.DEMO_API_TOKEN,
})
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
@ExtendWith(TestClockConfiguration.ResetAfterEachTest.class)
public @interface IntegrationTest {

    /** Password of every demo user in tests. */
    String DEMO_PASSWORD = "demo-password-for-tests";

    /** A partnership-wide API token (scopes partnership and audit) in tests. */
    String DEMO_API_TOKEN = "demo-api-token-for-tests";
}
