package org.pragma.web.allocation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.pragma.allocation.OutcomeTestResult;
import org.pragma.allocation.OutcomeTestService;
import org.pragma.allocation.OutcomeTestService.OutcomeOption;
import org.pragma.protocol.ProtocolService;
import org.pragma.shared.DomainException;
import org.pragma.web.faces.Messages;

/**
 * The outcome test page, for statisticians and administrators: choose an outcome, run the clustered
 * permutation test over the committed constrained space, read the arm means and the p-value.
 */
@Named
@ViewScoped
public class OutcomeTestPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private transient OutcomeTestService outcomeTest;
  @EJB private transient ProtocolService protocols;

  private String code;
  private List<OutcomeOption> options = List.of();
  private int chosen;
  private OutcomeTestResult result;
  private java.util.Map<String, String> armNames = java.util.Map.of();

  public void load() {
    try {
      options = outcomeTest.options(code);
      armNames = protocols.protocol(code).arms().stream()
          .collect(java.util.stream.Collectors.toMap(org.pragma.protocol.Arm::code, org.pragma.protocol.Arm::name));
    } catch (DomainException e) {
      Messages.refused(null, e);
    }
  }

  public void run() {
    try {
      result = outcomeTest.test(code, options.get(chosen).choice());
    } catch (DomainException e) {
      result = null;
      Messages.refused("test:run", e);
    }
  }

  public String armName(String arm) {
    return armNames.getOrDefault(arm, arm);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public List<OutcomeOption> getOptions() {
    return options;
  }

  public int getChosen() {
    return chosen;
  }

  public void setChosen(int chosen) {
    this.chosen = chosen;
  }

  public OutcomeTestResult getResult() {
    return result;
  }
}
