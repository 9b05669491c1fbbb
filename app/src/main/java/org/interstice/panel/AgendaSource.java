package org.interstice.panel;

import java.time.Instant;
import java.util.List;

/**
 * Contributes signals to a panel agenda. Any module may offer one as a bean; the panel asks every source for
 * what happened since the previous meeting (or all open items when there was none).
 */
public interface AgendaSource {

    List<AgendaSignal> signalsSince(Instant since);
}
