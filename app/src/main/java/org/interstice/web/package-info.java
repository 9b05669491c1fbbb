/** The page shell every screen shares: layout, navigation, home page, sign-in and error pages. */
package org.interstice.web;
