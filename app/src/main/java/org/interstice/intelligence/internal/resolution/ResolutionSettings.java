package org.interstice.intelligence.internal.resolution;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;

/**
 * Local configuration of person resolution in intelligence ({@code interstice.intelligence.resolution.*}). Scores
 * are in bits (log2 of how much likelier the evidence is for the same man than for two): a mention scoring at least
 * {@code joinScore} joins the person, at least {@code reviewScore} goes to an analyst's review, otherwise it is a new
 * person. Weights per shared object type; premises whose kind contains one of {@code publicPlaceKinds} (a hotel, a
 * takeaway) are shared by many and weigh {@code publicPlace}. ADR 0065.
 *
 * <p>Name frequencies (ADR 0066): agreement on a name is adjusted by {@code log2(u) - log2(f)} bits, times
 * {@code frequencyWeight} for an exact agreement and {@code frequencyFuzzyWeight} for a typo, nickname or sound, within
 * {@code -frequencyMaxPenalty} to {@code +frequencyMaxBonus} for each name; not until {@code frequencyMinPersons} names are
 * held; a near agreement counts the persons holding a name of the same sound when {@code frequencyFuzzyBySound} (ADR
 * 0079). Counts grow as persons are named and are recounted every {@code frequencyRefresh}. A mention with a name and a
 * date of birth or age is also compared with up to {@code subjectSearchLimit} identity subjects when
 * {@code subjectSearch} is on.
 *
 * <p>Bridges (ADR 0078): when {@code bridges} is on, a mention that joins a person has that person, as a whole,
 * compared with the other persons the mention was compared with and those awaiting review against him, in up to
 * {@code bridgeRounds} rounds (a join adds to what he holds, so a second round may find more).
 *
 * <p>Circles (ADR 0083): when {@code circles} is on, a person who shares a phone, vehicle, account, licence or address
 * with the mention and is the only man tied to it whose name agrees with the mention's is not marked down for his name
 * being common, and being that only man weighs {@code circleName}.
 *
 * <p>Keying slips: when {@code keyingSlips} is on, two names of four letters or more, with the same first letter, one
 * slip apart ("Carl" and "Caol"), agree as a near name does (the linkage engine's {@code NameAgreement} level SLIP).
 */
@ConfigurationProperties("interstice.intelligence.resolution")
public record ResolutionSettings(@DefaultValue("10") double joinScore, @DefaultValue("5") double reviewScore,
                                 @DefaultValue("12") double phone, @DefaultValue("6") double vehicle,
                                 @DefaultValue("12") double onlineAccount, @DefaultValue("12") double taxiLicence,
                                 @DefaultValue("3") double address, @DefaultValue("2") double premises,
                                 @DefaultValue("1") double publicPlace,
                                 @DefaultValue({"hotel", "takeaway", "shop", "restaurant", "cafe", "taxi", "pub", "bar",
                                         "club", "park", "station", "shisha", "fast food", "car wash", "school", "leisure"})
                                 List<String> publicPlaceKinds,
                                 @DefaultValue("200") int objectBlockLimit, @DefaultValue("3000") int nameBlockLimit,
                                 @DefaultValue("1") double frequencyWeight, @DefaultValue("0.5") double frequencyFuzzyWeight,
                                 @DefaultValue("4") double frequencyMaxBonus, @DefaultValue("2") double frequencyMaxPenalty,
                                 @DefaultValue("200") int frequencyMinPersons, @DefaultValue("PT15M") Duration frequencyRefresh,
                                 @DefaultValue("true") boolean subjectSearch, @DefaultValue("5") int subjectSearchLimit,
                                 @DefaultValue("true") boolean bridges, @DefaultValue("3") int bridgeRounds,
                                 @DefaultValue("true") boolean frequencyFuzzyBySound, @DefaultValue("true") boolean circles,
                                 @DefaultValue("2") double circleName, @DefaultValue("true") boolean keyingSlips) {

    public ResolutionSettings {
        if (reviewScore > joinScore)
            throw new IllegalArgumentException("interstice.intelligence.resolution.review-score must not exceed join-score");
        if (frequencyMaxBonus < 0 || frequencyMaxPenalty < 0)
            throw new IllegalArgumentException("interstice.intelligence.resolution.frequency-max-bonus and -penalty must not be negative");
        publicPlaceKinds = publicPlaceKinds == null ? List.of() : publicPlaceKinds.stream().map(k -> k.toLowerCase(Locale.UK)).toList();
    }

    public static ResolutionSettings defaults() {
        return new ResolutionSettings(10, 5, 12, 6, 12, 12, 3, 2, 1,
                List.of("hotel", "takeaway", "shop", "restaurant", "cafe", "taxi", "pub", "bar", "club", "park", "station",
                        "shisha", "fast food", "car wash", "school", "leisure"), 200, 3000,
                1, 0.5, 4, 2, 200, Duration.ofMinutes(15), true, 5, true, 3, true, true, 2, true);
    }

    /** True when premises of this kind are a public place that many unrelated people share. */
    public boolean publicPlace(String premisesKind) {
        if (premisesKind == null) return false;
        String k = premisesKind.toLowerCase(Locale.UK);
        return publicPlaceKinds.stream().anyMatch(k::contains);
    }

    @Configuration
    @EnableConfigurationProperties(ResolutionSettings.class)
    static class Enable {
    }
}
