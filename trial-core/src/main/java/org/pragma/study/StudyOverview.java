package org.pragma.study;

/** A study with the status its facts give. */
public record StudyOverview(Study study, StudyStatus status) {}
