/**
 * What every agency knows about a child that bears on risk: signals (missing episodes, police incidents and
 * intelligence naming the child at risk, health attendances, school absence, arrests), return home interview clocks,
 * and the child's own words. Publishes {@link org.interstice.signals.SignalRecorded} (protection listens, and brings
 * a child "known elsewhere" to the MASH) and {@link org.interstice.signals.ReturnHomeInterviewOverdue}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Signals")
package org.interstice.signals;
