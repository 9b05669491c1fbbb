package org.interstice.intelligence;

/** The POLE entity types Interstice records, each under its POLE kind. */
public enum EntityType {
    PERSON(Kind.PERSON, "Person"),
    VEHICLE(Kind.OBJECT, "Vehicle"),
    PHONE(Kind.OBJECT, "Phone"),
    TAXI_LICENCE(Kind.OBJECT, "Taxi or private hire licence"),
    ONLINE_ACCOUNT(Kind.OBJECT, "Online account"),
    ADDRESS(Kind.LOCATION, "Address"),
    PREMISES(Kind.LOCATION, "Premises of concern"),
    EVENT(Kind.EVENT, "Event");

    public enum Kind { PERSON, OBJECT, LOCATION, EVENT }

    private final Kind kind;
    private final String label;

    EntityType(Kind kind, String label) {
        this.kind = kind;
        this.label = label;
    }

    public Kind kind() { return kind; }

    public String label() { return label; }

    /** Vehicles, phones and premises are what tie suspects together when several share them. */
    public boolean sharable() {
        return this != PERSON && this != EVENT;
    }
}
