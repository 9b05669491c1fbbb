/** Agencies, teams, users, roles, API tokens and who the signed-in viewer is. */
package org.interstice.agency;
