/**
 * The demo: synthetic clinics, a synthetic SPINE CARE screening log and demo users, loaded only when
 * {@code pragma.demo.data} is true (the run command switches it on; the ITs leave it off).
 */
package org.pragma.demo;
