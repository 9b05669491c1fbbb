package org.interstice.demo;

/**
 * One module's part of the demo scenario. Steps run once each, in ascending {@link #order()}, in demo mode only,
 * each in its own transaction; that a step ran is recorded in {@code demo_step_run}. Foundation (agencies, teams,
 * users) is 0; identity 100; protection 200; intelligence and pursuit 300; hand-off and panel 400.
 * Use a seeded {@link java.util.Random} and the injected {@link java.time.Clock} so the scenario is repeatable.
 */
public interface DemoStep {

    int order();

    void seed();
}
