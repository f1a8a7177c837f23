package org.pragma.screening;

import java.util.function.Predicate;

/** Whether a screening led to an enrollment (implemented by the enrollment storage, which knows). */
public interface EnrolledScreenings extends Predicate<Screening> {}
