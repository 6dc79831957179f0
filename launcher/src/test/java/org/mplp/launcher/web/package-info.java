/** The web terminal in Debian's Chromium, headless, against the reference server and the CLI. */
package org.mplp.launcher.web;
