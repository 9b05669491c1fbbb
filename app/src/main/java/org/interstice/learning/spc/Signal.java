package org.interstice.learning.spc;

import java.util.List;

/** A special-cause signal: the rule that fired, which way it points, and every period in it, oldest first. */
public record Signal(Rule rule, Side side, List<String> periods) {

    public Signal {
        periods = List.copyOf(periods);
    }
}
