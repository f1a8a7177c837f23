package org.pragma.study;

import java.util.Collection;
import java.util.Map;

/**
 * The trial's facts about studies, as the study's status needs them. The features that hold those
 * facts (randomization, sites, enrollment) implement this, so the study feature depends on none.
 */
public interface StudyFacts {
  /** Each study's progress, by study code; a study with no facts yet may be missing. */
  Map<String, StudyProgress> progress(Collection<Study> studies);
}
