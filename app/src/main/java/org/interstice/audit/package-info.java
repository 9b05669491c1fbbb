/** The append-only, hash-chained audit log: who looked at or changed what, and proof that the log is unaltered. */
package org.interstice.audit;
