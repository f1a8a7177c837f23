package org.pragma.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportScriptsTest {
  private static final List<Dataset> DATASETS = List.of(Fixtures.PATIENTS);

  @Test
  void everyScriptReadsTheCsvAndNamesEveryVariableWithItsLabel() {
    for (String script : List.of(ImportScripts.r(DATASETS), ImportScripts.stata(DATASETS), ImportScripts.sas(DATASETS))) {
      assertThat(script).contains("patients.csv");
      for (Variable v : Fixtures.PATIENTS.variables()) {
        assertThat(script).containsPattern("\\b" + v.name() + "\\b").contains(v.label());
      }
    }
  }

  @Test
  void valueLabelsAreAppliedInEachLanguage() {
    assertThat(ImportScripts.r(DATASETS))
        .contains("patients$arm <- pragma_label(factor(pragma_text(patients$arm), levels = c(\"usual-care\", \"ice\"), labels = c(\"Usual care\", \"ICE\")), \"Allocated arm\")");
    assertThat(ImportScripts.stata(DATASETS))
        .contains("replace __v = 2 if arm == `\"ice\"'")
        .contains("label define arm 1 `\"Usual care\"' 2 `\"ICE\"', replace")
        .contains("label define sex 1 `\"Female\"' 2 `\"Male\"', replace")
        .contains("replace __v = .m if odi_month_3 == \".m\"");
    assertThat(ImportScripts.sas(DATASETS))
        .contains("value $p1f 'usual-care' = 'Usual care' 'ice' = 'ICE';")
        .contains("value p2f 1 = 'Female' 2 = 'Male';")
        .contains("invalue pmiss '.n' = .N '.m' = .M")
        .contains("format arm $p1f.;");
  }
}
