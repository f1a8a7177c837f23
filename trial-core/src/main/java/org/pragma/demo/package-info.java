/** Demo clinics for a first look at Pragma; loaded only when {@code pragma.demo.data} is true. */
package org.pragma.demo;
