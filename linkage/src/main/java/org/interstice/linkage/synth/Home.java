package org.interstice.linkage.synth;

/** A generated dwelling: the address a household lives (or lived) at. */
record Home(String flat, int number, String street, String streetType, Tables.Place place, String outward,
            String inward) {

    String postcode() {
        return outward + " " + inward;
    }

    String line() {
        String road = number + " " + street + " " + streetType;
        return flat == null ? road : "Flat " + flat + ", " + road;
    }
}
