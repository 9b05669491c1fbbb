package org.interstice.demo.internal;

import org.interstice.DemoMode;
import org.interstice.demo.DemoStep;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoSeedingTest {

    @Test
    void nothingIsSeededAndNoDemoPasswordIsSetOutsideDemoMode() {
        List<String> ran = new ArrayList<>();
        DemoStep step = new DemoStep() {
            public int order() {
                return 0;
            }

            public void seed() {
                ran.add("seeded");
            }
        };
        new DemoSeeding(new DemoMode(false), List.of(step), null, null, Clock.systemUTC())
                .run(new DefaultApplicationArguments());
        assertThat(ran).isEmpty();
    }

    @Test
    void aGeneratedDemoPasswordIsLongAndDiffersEachTime() {
        String one = new DemoPassword("").value();
        String two = new DemoPassword("").value();
        assertThat(one).hasSize(19).isNotEqualTo(two);
        assertThat(new DemoPassword("chosen-password").value()).isEqualTo("chosen-password");
    }

    @Test
    void aDemoPasswordThePolicyRefusesStopsTheStartWithTheRule() {
        assertThatThrownBy(() -> new DemoPassword("bench"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("INTERSTICE_DEMO_PASSWORD does not meet the password policy: "
                        + "Enter a password of at least 12 characters");
        assertThat(new DemoPassword("bench-password").value()).isEqualTo("bench-password");
    }
}
