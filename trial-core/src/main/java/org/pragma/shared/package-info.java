/** Small types every feature uses: the domain exception family and its problem kinds. */
package org.pragma.shared;
