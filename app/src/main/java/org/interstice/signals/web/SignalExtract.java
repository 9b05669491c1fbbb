package org.interstice.signals.web;

import java.util.List;
import org.interstice.ingest.ExtractColumns;
import org.springframework.stereotype.Component;

/** Signal extracts' columns, so that an agency can save a column-mapping profile for its own extract's headers. */
@Component
class SignalExtract implements ExtractColumns {

    static final String CODE = "SIGNALS";

    static final List<String> COLUMNS = List.of("kind", "source_id", "subject_id", "given_name", "family_name", "dob",
            "nhs_number", "upn", "pnc_id", "postcode", "occurred_at", "ended_at", "place", "exploitation_indicator",
            "summary");

    @Override
    public String extract() {
        return CODE;
    }

    @Override
    public String title() {
        return "signal extracts";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }
}
