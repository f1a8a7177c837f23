package org.pragma.allocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.pragma.site.Site;

/** The arm a committed randomization gave a site: every patient enrolled there gets it. Immutable. */
@Entity
@Table(name = "site_arm")
public class SiteArm {
  @Id
  @OneToOne(optional = false)
  @JoinColumn(name = "site_id", updatable = false)
  private Site site;

  @ManyToOne(optional = false)
  @JoinColumn(name = "randomization_id", updatable = false)
  private SiteRandomization randomization;

  @Column(name = "arm_code", nullable = false, updatable = false, length = 60)
  private String arm;

  protected SiteArm() {}

  SiteArm(Site site, SiteRandomization randomization, String arm) {
    this.site = site;
    this.randomization = randomization;
    this.arm = arm;
  }

  public Site site() {
    return site;
  }

  public SiteRandomization randomization() {
    return randomization;
  }

  public String arm() {
    return arm;
  }
}
