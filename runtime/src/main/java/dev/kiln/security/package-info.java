/**
 * Security schemes as parameters, FastAPI's {@code fastapi.security}: annotate a {@code String} (or
 * {@link dev.kiln.security.Credentials}) parameter of an operation or a provider with the scheme that reads
 * it. Kiln binds it from the request (a missing or malformed credential answers {@code 401
 * {"detail":"Not authenticated"}} with the scheme's {@code WWW-Authenticate}; {@code Optional<...>} means no
 * error), and documents it: {@code components.securitySchemes} and each operation's {@code security}
 * requirement, with the scopes its dependency graph asks for ({@link dev.kiln.security.Scopes}).
 *
 * <p>Checking a token or a password is the application's business, as in FastAPI: compare secrets with
 * {@link java.security.MessageDigest#isEqual(byte[], byte[])}, never {@code equals}.
 */
package dev.kiln.security;
