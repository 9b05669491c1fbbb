/**
 * Accountable hand-offs between agencies: every referral, request for information, action or transfer of
 * responsibility has an owner, a clock and a visible state, escalates when overdue, and records what information
 * was shared on what lawful basis; plus the responsibility registry ("who does what here").
 */
package org.interstice.handoff;
