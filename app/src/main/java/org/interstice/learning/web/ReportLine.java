package org.interstice.learning.web;

import java.util.List;

/** One measure's line in the monthly report: its latest month against the chart, and what changed recently. */
public record ReportLine(String title, String unit, String latest, String n, String mean, String limits, String better,
                         List<String> changes) {
}
