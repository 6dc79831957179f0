/** The adapter: how the kit makes a client under test do each action, and what came of it. */
package org.mplp.conformance.client.adapter;
