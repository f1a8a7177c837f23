package org.pragma.web.spending;

import java.io.Serializable;
import org.pragma.spending.ColumnMapping;
import org.pragma.spending.PriceBasis;

/** A data source's column mapping as the page edits it: one header name per field. */
public class MappingForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String name;
  private Long version;
  private String studyId;
  private String recordNumber;
  private String site;
  private String serviceDate;
  private String category;
  private String procedureCode;
  private String units;
  private String allowedAmount;
  private String paidAmount;
  private String standardizedAmount;
  private String rvu;
  private String spineRelated;
  private PriceBasis priceBasis;

  static MappingForm of(String name, ColumnMapping m, Long version) {
    MappingForm f = new MappingForm();
    f.name = name;
    f.version = version;
    f.studyId = m.studyId();
    f.recordNumber = m.recordNumber();
    f.site = m.site();
    f.serviceDate = m.serviceDate();
    f.category = m.category();
    f.procedureCode = m.procedureCode();
    f.units = m.units();
    f.allowedAmount = m.allowedAmount();
    f.paidAmount = m.paidAmount();
    f.standardizedAmount = m.standardizedAmount();
    f.rvu = m.rvu();
    f.spineRelated = m.spineRelated();
    f.priceBasis = m.priceBasis();
    return f;
  }

  ColumnMapping toMapping() {
    return new ColumnMapping(studyId, recordNumber, site, serviceDate, category, procedureCode, units, allowedAmount, paidAmount,
        standardizedAmount, rvu, spineRelated, priceBasis);
  }

  public boolean isExisting() { return version != null; }
  public String getName() { return name; }
  public void setName(String name) { this.name = name; }
  public Long getVersion() { return version; }
  public String getStudyId() { return studyId; }
  public void setStudyId(String v) { studyId = v; }
  public String getRecordNumber() { return recordNumber; }
  public void setRecordNumber(String v) { recordNumber = v; }
  public String getSite() { return site; }
  public void setSite(String v) { site = v; }
  public String getServiceDate() { return serviceDate; }
  public void setServiceDate(String v) { serviceDate = v; }
  public String getCategory() { return category; }
  public void setCategory(String v) { category = v; }
  public String getProcedureCode() { return procedureCode; }
  public void setProcedureCode(String v) { procedureCode = v; }
  public String getUnits() { return units; }
  public void setUnits(String v) { units = v; }
  public String getAllowedAmount() { return allowedAmount; }
  public void setAllowedAmount(String v) { allowedAmount = v; }
  public String getPaidAmount() { return paidAmount; }
  public void setPaidAmount(String v) { paidAmount = v; }
  public String getStandardizedAmount() { return standardizedAmount; }
  public void setStandardizedAmount(String v) { standardizedAmount = v; }
  public String getRvu() { return rvu; }
  public void setRvu(String v) { rvu = v; }
  public String getSpineRelated() { return spineRelated; }
  public void setSpineRelated(String v) { spineRelated = v; }
  public PriceBasis getPriceBasis() { return priceBasis; }
  public void setPriceBasis(PriceBasis v) { priceBasis = v; }
}
