/**
 * Intelligence: graded intelligence reports from any agency (3x5x2, legacy 5x5x5 kept as such), POLE entities
 * and links with provenance, and network analysis of suspects, vehicles, phones and places.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intelligence")
package org.interstice.intelligence;
