/**
 * Ingest: bulk imports of agency extracts (CSV or JSON lines, by upload, API or command line), column-mapping
 * profiles, row-level validation with reasons, idempotent re-runs and live progress. Hands each accepted row to
 * identity, which links it to a subject.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ingest")
package org.interstice.ingest;
