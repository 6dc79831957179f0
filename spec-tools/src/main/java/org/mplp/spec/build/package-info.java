/** The spec module's build tool: requirement registry, field tables, traceability and HTML. */
package org.mplp.spec.build;
