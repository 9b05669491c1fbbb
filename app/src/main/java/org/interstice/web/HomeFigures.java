package org.interstice.web;

import org.interstice.agency.Viewer;

import java.util.List;

/**
 * Contributes headline figures to the home page. Return only what this viewer may see (an empty list otherwise);
 * figures are aggregates, so elected members may see them.
 */
public interface HomeFigures {

    List<Figure> figuresFor(Viewer viewer);
}
