/**
 * Learning: how safe the whole system is over time. System measures computed from live data as statistical
 * process control charts (XmR, the Making Data Count rules), published at {@code GET /api/v1/measures} and on the
 * measures page.
 */
package org.interstice.learning;
