/**
 * Multi-agency child exploitation panels (MACE): meetings, agendas built from the data in VOLT order, decisions
 * that become owned actions (hand-offs) with due dates, printable and exportable minutes.
 */
package org.interstice.panel;
