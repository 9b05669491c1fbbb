package org.interstice.handoff;

import java.util.List;

import org.interstice.agency.Viewer;

/** Offers a module's unowned open items to the orphans page. Implement as a bean; filter to what the viewer may see. */
public interface OrphanSource {

    List<Orphan> orphans(Viewer viewer);
}
