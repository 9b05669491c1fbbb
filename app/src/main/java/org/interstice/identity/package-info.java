/**
 * Identity: agency person records, resolved subjects (one person known across agencies), the match review
 * queue, and reversible merges and splits. The top package is the module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.interstice.identity;
