package org.interstice.learning;

/** Which way a measure should move for the system to be safer. */
public enum Improvement {
    UP, DOWN
}
