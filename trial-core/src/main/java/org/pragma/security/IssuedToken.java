package org.pragma.security;

import java.time.Instant;

/** A bearer token as handed to its user, once: it cannot be read back later. */
public record IssuedToken(String token, Instant expiresAt) {}
