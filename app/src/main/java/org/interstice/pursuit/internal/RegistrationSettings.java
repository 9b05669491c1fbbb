package org.interstice.pursuit.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How pursuit registers the suspects that reports name ({@code interstice.pursuit.registration.*}, ADR 0082): its
 * worker takes up to {@code batch} queued names at a time; it wakes when a report naming a suspect is committed in this
 * instance, and otherwise every {@code pollEvery} (for reports recorded by another instance, and for retries); once
 * woken it waits {@code gather} for the reports committed meanwhile, so that a busy hour's reports are registered many
 * to a batch rather than one by one. A name that fails to register alone is retried after {@code retryAfter}, then
 * twice as long each time.
 */
@ConfigurationProperties("interstice.pursuit.registration")
public record RegistrationSettings(@DefaultValue("500") int batch, @DefaultValue("PT5S") Duration pollEvery,
                                   @DefaultValue("PT0.25S") Duration gather,
                                   @DefaultValue("PT1M") Duration retryAfter) {

    public RegistrationSettings {
        if (batch < 1) throw new IllegalArgumentException("interstice.pursuit.registration.batch must be at least 1");
        if (pollEvery.isNegative() || pollEvery.isZero())
            throw new IllegalArgumentException("interstice.pursuit.registration.poll-every must be positive");
        if (gather.isNegative()) throw new IllegalArgumentException("interstice.pursuit.registration.gather must not be negative");
    }
}
