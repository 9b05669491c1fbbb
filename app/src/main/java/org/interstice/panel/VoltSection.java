package org.interstice.panel;

/** The MACE agenda model, in order: Victims, Offenders, Locations, Trends. */
public enum VoltSection {
    VICTIMS("Victims", "Children with alarms or rising risk"),
    OFFENDERS("Offenders", "Suspects with pursuit alarms"),
    LOCATIONS("Locations", "Locations of concern"),
    TRENDS("Trends", "Trends since the last meeting");

    private final String label;
    private final String description;

    VoltSection(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
