/**
 * Pursuit: each named suspect's criminal justice pathway and disruption actions, the "named but not pursued"
 * alarm, ethnicity and nationality completeness, and attrition through the pathway.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pursuit")
package org.interstice.pursuit;
