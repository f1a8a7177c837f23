package org.pragma.spending;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.pragma.study.Study;

/**
 * Where a study's claims come from (a payer's extract, a health system's billing data): its name,
 * the price basis of its amounts, and the saved mapping of its files' columns.
 */
@Entity
@Table(name = "claims_source")
public class ClaimsSource {
  @Id
  @SequenceGenerator(name = "claims_source_seq", sequenceName = "claims_source_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claims_source_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "study_id", updatable = false)
  private Study study;

  @Column(nullable = false, updatable = false, length = 80)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "price_basis", nullable = false, length = 20)
  private PriceBasis priceBasis;

  @Column(name = "col_study_id", length = 80) private String studyIdColumn;
  @Column(name = "col_record_number", length = 80) private String recordNumberColumn;
  @Column(name = "col_site", length = 80) private String siteColumn;
  @Column(name = "col_service_date", length = 80) private String serviceDateColumn;
  @Column(name = "col_category", length = 80) private String categoryColumn;
  @Column(name = "col_procedure_code", length = 80) private String procedureCodeColumn;
  @Column(name = "col_units", length = 80) private String unitsColumn;
  @Column(name = "col_allowed", length = 80) private String allowedColumn;
  @Column(name = "col_paid", length = 80) private String paidColumn;
  @Column(name = "col_standardized", length = 80) private String standardizedColumn;
  @Column(name = "col_rvu", length = 80) private String rvuColumn;
  @Column(name = "col_spine_related", length = 80) private String spineRelatedColumn;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected ClaimsSource() {}

  ClaimsSource(Study study, String name, ColumnMapping mapping, Instant createdAt) {
    this.study = study;
    this.name = name;
    this.createdAt = createdAt;
    map(mapping);
  }

  /** Saves a new mapping (the source's files changed layout or price basis). */
  void map(ColumnMapping m) {
    priceBasis = m.priceBasis();
    studyIdColumn = m.studyId();
    recordNumberColumn = m.recordNumber();
    siteColumn = m.site();
    serviceDateColumn = m.serviceDate();
    categoryColumn = m.category();
    procedureCodeColumn = m.procedureCode();
    unitsColumn = m.units();
    allowedColumn = m.allowedAmount();
    paidColumn = m.paidAmount();
    standardizedColumn = m.standardizedAmount();
    rvuColumn = m.rvu();
    spineRelatedColumn = m.spineRelated();
  }

  public ColumnMapping mapping() {
    return new ColumnMapping(studyIdColumn, recordNumberColumn, siteColumn, serviceDateColumn, categoryColumn,
        procedureCodeColumn, unitsColumn, allowedColumn, paidColumn, standardizedColumn, rvuColumn, spineRelatedColumn, priceBasis);
  }

  public Long id() {
    return id;
  }

  public Study study() {
    return study;
  }

  public String name() {
    return name;
  }

  public long version() {
    return version;
  }
}
