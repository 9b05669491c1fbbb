package org.interstice.protection.web;

import java.util.List;

import org.interstice.protection.child.ChildSummary;
import org.interstice.protection.screening.Indicator;
import org.interstice.protection.screening.RiskVocabulary;
import org.interstice.protection.screening.Tier;

/** The screening form: indicators by tier, the vocabulary in use, and any refusal. */
public record ScreeningForm(ChildSummary child, List<Indicator> indicators, RiskVocabulary vocabulary, String today,
                            FormError error) {

    public List<Tier> tiers() {
        return List.of(Tier.values());
    }

    public List<Indicator> in(Tier tier) {
        return indicators.stream().filter(i -> i.tier() == tier).toList();
    }
}
