/** Working-day arithmetic for England and Wales: bank holidays 2010 to 2035 and statutory deadlines, driven by an injected {@link java.time.Clock}. */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar", allowedDependencies = {})
package org.interstice.calendar;
