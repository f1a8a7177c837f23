package org.pragma.web.protocol;

import java.util.List;
import java.util.Map;
import org.pragma.protocol.Arm;
import org.pragma.protocol.Intervention;
import org.pragma.protocol.RandomizationDesign;
import org.pragma.protocol.StudyProtocol;
import org.pragma.protocol.Visit;
import org.pragma.protocol.eligibility.Criterion;
import org.pragma.protocol.eligibility.DerivedValue;
import org.pragma.protocol.eligibility.Question;

/** A study's protocol as the API shows it: what is common, then each arm with its interventions and schedule. */
public record ProtocolView(
    String study,
    String version,
    String contentHash,
    String title,
    String registryId,
    String sponsor,
    String timeZone,
    String unitOfRandomization,
    Map<String, Integer> allocation,
    RandomizationDesign randomization,
    String consentModel,
    List<String> baselineInstruments,
    int enrollmentTarget,
    Integer enrollmentTargetPerSite,
    String studyIdFormat,
    EligibilityView eligibility,
    List<ArmView> arms) {

  /** Questions, derived values and rules; every rule with the reason shown when a patient fails it. */
  public record EligibilityView(List<QuestionView> questions, List<DerivedValue> derived, List<RuleView> rules) {}

  /** A question with its options' codes and, by code in the same order, what the form shows for each. */
  public record QuestionView(String code, String type, String text, List<String> options, Map<String, String> optionLabels) {
    static QuestionView of(Question q) {
      Map<String, String> labels = new java.util.LinkedHashMap<>();
      q.options().forEach(o -> labels.put(o, q.optionLabel(o)));
      return new QuestionView(q.code(), q.type().key(), q.text(), q.options(), labels);
    }
  }

  public record RuleView(String code, String kind, String reason) {
    static RuleView of(Criterion c) {
      return new RuleView(c.code(), c.kind().name().toLowerCase(java.util.Locale.ROOT), c.reason());
    }
  }

  public record ArmView(String code, String name, String role, String description, List<Intervention> interventions, List<VisitView> schedule) {
    static ArmView of(Arm a) {
      return new ArmView(a.code(), a.name(), a.role().key(), a.description(), a.interventions(),
          a.schedule().visits().stream().map(VisitView::of).toList());
    }
  }

  /** A visit: target day after the anchor, the window (first and last day), instruments and reminder day. */
  public record VisitView(String code, String name, int targetDay, int opensDay, int closesDay, int reminderLeadDays, List<String> instruments) {
    static VisitView of(Visit v) {
      return new VisitView(v.code(), v.name(), v.targetDay(), v.opensDay(), v.closesDay(), v.reminderLeadDays(),
          v.instruments().stream().map(i -> i.code()).toList());
    }
  }

  public static ProtocolView of(String studyCode, StudyProtocol p) {
    var e = p.eligibility();
    return new ProtocolView(studyCode, p.version(), p.contentHash(), p.title(), p.registryId(), p.sponsor(),
        p.timeZone().getId(), p.unitOfRandomization(), p.allocation(), p.randomization(), p.consent().model(),
        p.baselineInstruments().stream().map(i -> i.code()).toList(), p.enrollment().total(),
        p.enrollment().perSite().orElse(null), p.studyIdFormat().pattern(),
        new EligibilityView(e.questions().stream().map(QuestionView::of).toList(), e.derived(),
            e.criteria().stream().map(RuleView::of).toList()),
        p.arms().stream().map(ArmView::of).toList());
  }
}
