package org.pragma.spending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CategoryTableTest {
  private final CategoryTable table = CategoryTable.spineCareDefault();

  @Test
  void spineImagingInjectionsAndSurgeryAreSpineRelated() {
    assertThat(table.classify("72148")).isEqualTo(new CategoryTable.Match(ServiceCategory.IMAGING_MRI, true, true));
    assertThat(table.classify("72100").category()).isEqualTo(ServiceCategory.IMAGING_XRAY);
    assertThat(table.classify("72131").category()).isEqualTo(ServiceCategory.IMAGING_CT);
    assertThat(table.classify("64483").category()).isEqualTo(ServiceCategory.INJECTION);
    assertThat(table.classify("j1040").category()).isEqualTo(ServiceCategory.INJECTION);
    assertThat(table.classify("63030").category()).isEqualTo(ServiceCategory.SURGERY);
    assertThat(table.classify("0592T").category()).isEqualTo(ServiceCategory.BEHAVIORAL_HEALTH);
  }

  @Test
  void rangesHoldOnlyCodesOfTheirShape() {
    assertThat(table.classify("721480").known()).isFalse();
    assertThat(table.classify("J1050").known()).isFalse();
    assertThat(table.classify("99999")).isEqualTo(new CategoryTable.Match(ServiceCategory.OTHER, false, false));
    assertThat(table.classify("")).isEqualTo(new CategoryTable.Match(ServiceCategory.OTHER, false, false));
  }

  @Test
  void aBadLineIsRefusedWithItsNumber() {
    assertThatThrownBy(() -> CategoryTable.read(new StringReader("from,to,category,spine_related\n72148,72148,imaging-mri,yes\n1,2,dentistry,no\n")))
        .hasMessageContaining("line 3").hasMessageContaining("dentistry");
    assertThatThrownBy(() -> CategoryTable.read(new StringReader("from,to,category,spine_related\n72150,72140,imaging-mri,yes\n")))
        .hasMessageContaining("line 2").hasMessageContaining("ascending");
    assertThatThrownBy(() -> CategoryTable.read(new StringReader("from,category\n")))
        .hasMessageContaining("'to'");
  }
}
