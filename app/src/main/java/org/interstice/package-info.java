/** Interstice: a multi-agency safeguarding platform. Each sub-package is one application module. */
package org.interstice;
