package org.mplp.server.web;

/** One static file of the web client, held in memory: its bytes, media type and entity tag. */
record WebFile(byte[] body, String contentType, String etag) {}
