package org.interstice.pursuit;

/**
 * DfE/ONS ethnicity codes (the CIN census list) with the explicit "refused" (REFU) and "information not yet
 * obtained" (NOBT) codes, so that a missing value is a recorded fact and never a blank.
 */
public enum Ethnicity {
    WBRI("White: British"), WIRI("White: Irish"), WIRT("White: Traveller of Irish heritage"),
    WROM("White: Gypsy or Roma"), WOTH("White: any other White background"),
    MWBC("Mixed: White and Black Caribbean"), MWBA("Mixed: White and Black African"),
    MWAS("Mixed: White and Asian"), MOTH("Mixed: any other mixed background"),
    AIND("Asian or Asian British: Indian"), APKN("Asian or Asian British: Pakistani"),
    ABAN("Asian or Asian British: Bangladeshi"), AOTH("Asian or Asian British: any other Asian background"),
    BCRB("Black or Black British: Caribbean"), BAFR("Black or Black British: African"),
    BOTH("Black or Black British: any other Black background"),
    CHNE("Chinese"), OOTH("Any other ethnic group"),
    REFU("Refused"), NOBT("Information not yet obtained");

    private final String label;

    Ethnicity(String label) { this.label = label; }

    public String label() { return label; }

    /** An actual ethnicity (not refused and not "not yet obtained"). */
    public boolean known() {
        return this != REFU && this != NOBT;
    }
}
