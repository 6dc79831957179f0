/**
 * The MPLP wire model: one immutable record per frame type, binding-neutral. The spec's chapters
 * define each frame; the JSON Schemas and the XSD define its two encodings.
 */
package org.mplp.spec.model;
