/**
 * The two bindings of the wire model: JSON (Jackson, validated with JSON Schema 2020-12) and XML
 * (Jakarta XML Binding, validated with the XSD). Both reject bad input with a registered error.
 */
package org.mplp.spec.binding;
