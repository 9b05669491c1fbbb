package org.interstice.panel.internal;

/**
 * A count since the last meeting compared with the same length of time before it, phrased for the agenda,
 * e.g. "Red hand-offs sent: 7, up from 3".
 */
public record Trend(String measure, long sinceLastMeeting, long periodBefore) {

    public String sentence() {
        String change;
        if (sinceLastMeeting > periodBefore) {
            change = "up from " + periodBefore;
        } else if (sinceLastMeeting < periodBefore) {
            change = "down from " + periodBefore;
        } else {
            change = "no change";
        }
        return measure + ": " + sinceLastMeeting + ", " + change;
    }

    public boolean rising() {
        return sinceLastMeeting > periodBefore;
    }
}
