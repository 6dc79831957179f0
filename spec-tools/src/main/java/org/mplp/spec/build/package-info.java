/**
 * The spec module's build tool: requirement registry, field tables, traceability, HTML, and the XML
 * binding (XSD and XML examples) derived from the JSON Schemas and examples.
 */
package org.mplp.spec.build;
