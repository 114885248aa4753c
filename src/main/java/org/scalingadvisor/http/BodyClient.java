package org.scalingadvisor.http;

/**
 * Whose body the server is holding, as far as can be told before the body arrives: an API key's name
 * ({@code keyed}), or else the remote address (anonymous callers and signed-in people alike, since an
 * id token is not checked on the event loop).
 */
record BodyClient(String name, boolean keyed) {
}
