/**
 * A second app, compiled apart from the it-test app (its own {@code javac} run, its own route module in
 * {@code target/second-app-classes}), so that what is app-wide here, such as its handler for every
 * {@code HttpException}, reaches only the tests that load it; they run it together with the it-test
 * app's routes.
 */
package dev.kiln.it.second;
