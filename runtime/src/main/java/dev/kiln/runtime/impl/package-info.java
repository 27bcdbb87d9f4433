/**
 * The host: Kiln's implementation behind the contract of {@link dev.kiln.runtime}. Not a user API and
 * not a contract: anything here may change in any release.
 *
 * <p>Everything is package-private but three types. {@link dev.kiln.runtime.impl.AppSettings} and
 * {@link dev.kiln.runtime.impl.Host} are the bridge from {@link dev.kiln.App}: the settings it
 * collects, and the two ways to start them. {@link dev.kiln.runtime.impl.PathRouter} is public only
 * for the router benchmark.
 */
package dev.kiln.runtime.impl;
