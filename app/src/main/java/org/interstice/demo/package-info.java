/**
 * The synthetic "Northbridge" partnership, seeded once on first start in demo mode. Each module adds a
 * {@link org.interstice.demo.DemoStep} class to this package.
 */
package org.interstice.demo;
