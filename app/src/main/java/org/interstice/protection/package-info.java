/**
 * Children at risk: contacts and referrals triaged in the MASH, exploitation screening and risk, the statutory
 * timeline with working-day clocks, plans and lead professionals, and the "known but not protected" alarm.
 * Other modules see only the events published here ({@link org.interstice.protection.RiskAssessed},
 * {@link org.interstice.protection.ProtectionAlarmRaised}) and the read-only
 * {@link org.interstice.protection.ChildrenAtRiskQuery} (a child's current exploitation risk, for pursuit's alarm).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Protection")
package org.interstice.protection;
