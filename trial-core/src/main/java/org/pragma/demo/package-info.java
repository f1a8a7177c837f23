/**
 * The demo: two years of a synthetic SPINE CARE trial (clinics, randomization signed by the demo
 * statistician, screening, enrollment, follow-up, exits, claims) played through the real services on
 * the {@link org.pragma.platform.LoaderClock}, and one demo user per role; loaded only when
 * {@code pragma.demo.data} is true (the run command switches it on; the ITs leave it off).
 */
package org.pragma.demo;
