package org.interstice.ingest;

import java.util.List;

/**
 * A kind of extract other than people that agencies send as CSV (signals, for example). The module that reads it
 * declares one as a bean; agencies can then save column-mapping profiles for it beside their people profiles, and
 * the module reads them through {@link ColumnMappings}.
 */
public interface ExtractColumns {

    /** The extract's code, stored with its profiles: capital letters and underscores (for example {@code SIGNALS}). */
    String extract();

    /** What the extract is called on the profiles page, in lower case (for example "signal extracts"). */
    String title();

    /** Our names for its columns, as a file without a profile must name them. */
    List<String> columns();
}
