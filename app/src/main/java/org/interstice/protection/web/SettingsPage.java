package org.interstice.protection.web;

import java.util.List;

import org.interstice.protection.config.LocalPolicy.IndicatorRow;
import org.interstice.protection.config.LocalPolicy.RagRow;
import org.interstice.protection.config.LocalPolicy.VocabularyRow;
import org.interstice.protection.config.ProtectionSettings.Setting;

/** Everything on the local policy page. */
public record SettingsPage(List<Setting> settings, List<RagRow> rags, List<VocabularyRow> vocabularies,
                           List<IndicatorRow> indicators, FormError error) {

    public String unit(String unit) {
        return switch (unit) {
            case "WORKING_DAYS" -> "working days";
            case "DAYS" -> "days";
            case "MONTHS" -> "months";
            case "POINTS" -> "points";
            default -> "hours";
        };
    }
}
