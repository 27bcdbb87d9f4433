/**
 * A third app, compiled apart from the it-test app like the second one ({@code target/third-app-classes},
 * its own route module), for what is app-wide and would change every other test's answers: a handler for
 * {@code RequestValidationException}, {@code @Settings} with required variables, startup hooks that can
 * stop the start. The tests that load it run it together with the it-test app's routes.
 */
package dev.kiln.it.third;
