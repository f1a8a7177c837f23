package org.pragma.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Mutated protocol files: a refused study names, for every error, one of its files and a line and column
 * in it (no Java text); an accepted study still satisfies every promise the checks make, restated here
 * on the loaded protocol without using the checks' code.
 */
class ProtocolFuzzTest {

  private static final List<String> FILES = List.of("study.yaml", "arms/ice.yaml", "arms/usual-care.yaml");
  private static final java.util.Set<String> STUDY_FILES = java.util.Set.of("spine-care/study.yaml",
      "spine-care/arms/ice.yaml", "spine-care/arms/ipt.yaml", "spine-care/arms/usual-care.yaml");

  /** Errors about a file as a whole, which have no line: empty, missing, not text, too large. */
  private static final String WHOLE_FILE = "file is empty|.* is missing|.* is not a UTF-8 text file|file is larger than .*";

  @Property(tries = 400)
  void mutatedFilesAreRefusedAtAPositionOrLoadAProtocolThatKeepsEveryPromise(@ForAll @IntRange(min = 0, max = 2) int fileIndex,
      @ForAll("mutations") String mutation, @ForAll @IntRange(min = 0, max = 100_000) int position,
      @ForAll("garbage") String garbage) {
    StudyFixture fixture = StudyFixture.spineCare();
    String file = FILES.get(fileIndex);
    String text = fixture.text(file);
    fixture.files.put(file, mutate(text, mutation, position, garbage).getBytes(StandardCharsets.UTF_8));

    StudyLoad load = fixture.load();

    if (load instanceof StudyLoad.Rejected rejected) {
      assertThat(rejected.errors()).isNotEmpty().allSatisfy(e -> {
        assertThat(STUDY_FILES).as("file of %s", e).contains(e.file());
        if (e.line() == 0) {
          assertThat(e.column()).isZero();
          assertThat(e.message()).as("only an error about the whole file has no line").matches(WHOLE_FILE);
        } else {
          assertThat(e.line()).as("line of %s", e).isPositive();
          assertThat(e.column()).as("column of %s", e).isPositive();
        }
        assertThat(e.message()).isNotBlank().doesNotContainPattern("(java|org|com)\\.[a-z]+\\.|Exception");
        assertThat(e.hint()).doesNotContainPattern("(java|org|com)\\.[a-z]+\\.|Exception");
      });
    } else {
      StudyProtocol protocol = ((StudyLoad.Loaded) load).protocol();
      assertThat(Invariants.broken(protocol)).as("promises broken by an accepted mutation").isEmpty();
    }
  }

  @Test
  void theInvariantsCatchWhatTheyPromiseToCatch() {
    StudyProtocol good = ((StudyLoad.Loaded) StudyFixture.spineCare().load()).protocol();
    assertThat(Invariants.broken(good)).isEmpty();
    Arm usual = good.arm("usual-care").orElseThrow();
    List<Visit> visits = new java.util.ArrayList<>(usual.schedule().visits());
    Visit month3 = visits.get(1);
    visits.set(1, new Visit(month3.code(), month3.name(), month3.targetDay(), month3.before(), 400, 0, month3.instruments()));
    Arm overlapping = new Arm(usual.code(), usual.name(), usual.role(), usual.description(), usual.interventions(),
        new Schedule(usual.schedule().anchor(), 0, visits));
    List<Arm> arms = good.arms().stream().map(a -> a.code().equals("usual-care") ? overlapping : a).toList();
    StudyProtocol bad = new StudyProtocol(good.code(), good.version(), good.contentHash(), good.title(), good.shortTitle(),
        good.registryId(), good.sponsor(), good.timeZone(), good.unitOfRandomization(), arms, good.allocation(),
        good.randomization(), good.eligibility(), good.consent(), good.baselineInstruments(), good.enrollment(),
        good.studyIdFormat(), good.outcomes(), good.spending(), java.util.Map.of(), good.files());

    assertThat(Invariants.broken(bad)).anyMatch(p -> p.contains("overlaps")).anyMatch(p -> p.contains("unknown instrument"));
  }

  /** What the checks promise of every loaded protocol, restated on the model. */
  static final class Invariants {
    private Invariants() {}

    static List<String> broken(StudyProtocol p) {
      List<String> broken = new java.util.ArrayList<>();
      if (!p.code().equals("spine-care")) {
        broken.add("study code " + p.code() + " is not its folder");
      }
      java.util.Set<String> armCodes = new java.util.HashSet<>();
      p.arms().forEach(a -> {
        if (!armCodes.add(a.code())) {
          broken.add("duplicate arm " + a.code());
        }
      });
      if (p.arms().isEmpty() || !p.allocation().keySet().equals(armCodes)) {
        broken.add("allocation " + p.allocation() + " does not give one part to each arm " + armCodes);
      }
      p.allocation().forEach((arm, part) -> {
        if (part < 1) {
          broken.add("arm " + arm + " gets no clinics");
        }
      });
      java.util.Set<String> used = new java.util.TreeSet<>();
      p.baselineInstruments().forEach(u -> used.add(u.code()));
      for (Arm arm : p.arms()) {
        List<Visit> visits = arm.schedule().visits();
        java.util.Optional<Visit> baseline = visits.stream().filter(v -> v.targetDay() == 0).findFirst();
        if (baseline.isEmpty()) {
          broken.add("arm " + arm.code() + " has no baseline visit");
        } else {
          p.baselineInstruments().stream().filter(u -> baseline.get().instruments().stream().noneMatch(b -> b.code().equals(u.code())))
              .forEach(u -> broken.add("baseline visit of " + arm.code() + " does not collect " + u.code()));
        }
        java.util.Set<String> visitCodes = new java.util.HashSet<>();
        for (int i = 0; i < visits.size(); i++) {
          Visit v = visits.get(i);
          visitCodes.add(v.code());
          if (v.before() < 0 || v.after() < 0) {
            broken.add("visit " + v.code() + " of " + arm.code() + " has a window that does not contain its target day");
          }
          if (i + 1 < visits.size()) {
            Visit next = visits.get(i + 1);
            if (next.targetDay() <= v.targetDay()) {
              broken.add("visit " + next.code() + " of " + arm.code() + " is not after " + v.code());
            }
            if (v.closesDay() >= next.opensDay()) {
              broken.add("window of " + v.code() + " overlaps " + next.code() + " in " + arm.code());
            }
          }
          v.instruments().forEach(u -> used.add(u.code()));
        }
        if (visitCodes.size() != visits.size()) {
          broken.add("duplicate visit code in " + arm.code());
        }
        for (Intervention intervention : arm.interventions()) {
          java.util.List<Component> components = new java.util.ArrayList<>(intervention.components());
          intervention.variants().forEach(var -> components.addAll(var.components()));
          components.stream().filter(c -> c.dose().maxCount().isPresent() && c.dose().maxCount().get() < c.dose().count())
              .forEach(c -> broken.add("dose of " + c.description() + " has maxCount below count"));
          intervention.stratifiedBy().ifPresent(s -> {
            used.add(s.instrument());
            if (arm.schedule().visit(s.visit()).isEmpty()) {
              broken.add("intervention " + intervention.code() + " is stratified at unknown visit " + s.visit());
            }
            org.pragma.instrument.Instrument instrument = p.instruments().get(s.instrument());
            if (instrument != null) {
              java.util.Set<String> covered = new java.util.TreeSet<>();
              intervention.variants().forEach(var -> covered.addAll(var.riskGroups()));
              if (!covered.equals(instrument.riskGroups())) {
                broken.add("variants of " + intervention.code() + " cover " + covered + ", not the risk groups "
                    + instrument.riskGroups());
              }
            }
          });
        }
      }
      java.util.Set<String> outcomeCodes = new java.util.HashSet<>();
      for (Outcome o : p.outcomes()) {
        if (!outcomeCodes.add(o.code())) {
          broken.add("duplicate outcome " + o.code());
        }
        o.instrument().ifPresent(used::add);
        for (Arm arm : p.arms()) {
          java.util.Optional<Visit> visit = arm.schedule().visit(o.visit());
          if (visit.isEmpty()) {
            broken.add("outcome " + o.code() + " at visit " + o.visit() + " that arm " + arm.code() + " does not have");
          } else if (o.instrument().isPresent()
              && visit.get().instruments().stream().noneMatch(u -> u.code().equals(o.instrument().get()))) {
            broken.add("arm " + arm.code() + " does not collect " + o.instrument().get() + " for outcome " + o.code());
          }
        }
      }
      for (String code : used) {
        if (!p.instruments().containsKey(code) || !StudyFixture.CATALOG.contains(code)) {
          broken.add("unknown instrument " + code);
        }
      }
      if (p.enrollment().perSite().isPresent() && p.enrollment().perSite().get() > p.enrollment().total()) {
        broken.add("per-site target above the study target");
      }
      RandomizationDesign design = p.randomization();
      java.util.Set<String> categorical = new java.util.HashSet<>();
      design.covariates().stream().filter(c -> !c.type().equals("continuous")).forEach(c -> categorical.add(c.code()));
      if (!categorical.containsAll(design.strata())) {
        broken.add("strata " + design.strata() + " are not all categorical covariates");
      }
      if (design.method().equals("covariate-constrained") && (design.covariates().isEmpty() || design.constraintCutoff().isEmpty())) {
        broken.add("constrained randomization without covariates or cutoff");
      }
      java.util.Set<String> questions = new java.util.HashSet<>();
      p.eligibility().questions().forEach(q -> {
        if (!questions.add(q.code())) {
          broken.add("duplicate question " + q.code());
        }
      });
      if (p.studyIdFormat().format("S07", 42).isBlank()) {
        broken.add("study-ID format gives an empty ID");
      }
      return broken;
    }
  }

  @Provide
  Arbitrary<String> mutations() {
    return Arbitraries.of("delete-line", "replace-value", "insert-garbage", "truncate", "duplicate-line", "indent",
        "change-number", "change-number");
  }

  @Provide
  Arbitrary<String> garbage() {
    return Arbitraries.oneOf(
        Arbitraries.of("[", "{", "}", ": :", "- x", "&a", "*a", "*nope", "!!binary AAAA", ".nan", "-.inf", "1e999",
            "99999999999999999999999", "null", "~", "true", "\"unterminated", "? complex", "<<: *a", "\t", "---",
            "{value: x}", "[1, 2", "\u0000", "\uFEFF", "0x1F", "1_000", "2020-01-01"),
        Arbitraries.strings().ofMaxLength(20),
        // plausible numbers, so that target days, windows, doses and targets take wrong but well-formed values
        Arbitraries.integers().between(-400, 1000).map(String::valueOf));
  }

  static String mutate(String text, String mutation, int position, String garbage) {
    List<String> lines = List.of(text.split("\n", -1));
    int line = position % lines.size();
    return switch (mutation) {
      case "delete-line" -> String.join("\n", without(lines, line));
      case "replace-value" -> replaceValue(lines, line, garbage);
      case "insert-garbage" -> text.substring(0, position % text.length()) + garbage + text.substring(position % text.length());
      case "truncate" -> text.substring(0, position % text.length());
      case "change-number" -> changeNumber(text, position);
      case "duplicate-line" -> String.join("\n", with(lines, line, lines.get(line)));
      default -> String.join("\n", with(without(lines, line), line, "  " + lines.get(line)));
    };
  }

  /** One whole number of the file (a target day, window, dose, target…) set to another in -400..999. */
  private static String changeNumber(String text, int position) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\w.:-])\\d+(?![\\w.:-])").matcher(text);
    List<int[]> spans = new java.util.ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    if (spans.isEmpty()) {
      return text;
    }
    int[] span = spans.get(position % spans.size());
    return text.substring(0, span[0]) + ((position / 7) % 1400 - 400) + text.substring(span[1]);
  }

  private static String replaceValue(List<String> lines, int line, String garbage) {
    String current = lines.get(line);
    int colon = current.indexOf(": ");
    String replaced = colon < 0 ? garbage : current.substring(0, colon + 2) + garbage;
    return String.join("\n", with(without(lines, line), line, replaced));
  }

  private static List<String> without(List<String> lines, int index) {
    List<String> copy = new java.util.ArrayList<>(lines);
    copy.remove(index);
    return copy;
  }

  private static List<String> with(List<String> lines, int index, String line) {
    List<String> copy = new java.util.ArrayList<>(lines);
    copy.add(Math.min(index, copy.size()), line);
    return copy;
  }
}
