package org.pragma.web.audit;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pragma.audit.AuditAction;
import org.pragma.enrollment.ConsentModel;
import org.pragma.enrollment.PatientStatus;
import org.pragma.followup.ContactAttempt;
import org.pragma.followup.PatientVisit;
import org.pragma.protocol.Arm;
import org.pragma.protocol.ProtocolService;
import org.pragma.protocol.StudyProtocol;
import org.pragma.shared.DomainException;
import org.pragma.screening.Sex;
import org.pragma.security.Role;
import org.pragma.signature.SignatureMeaning;
import org.pragma.site.SiteStatus;
import org.pragma.study.StudyStatus;
import org.pragma.web.faces.Labels;

/**
 * What a monitor reads for an audit record: the record and field by their labels ("Site", "Enrollment
 * target"; {@code entity.*} and {@code field.*} in labels.properties), and values that are codes by
 * theirs ("ACTIVE" reads "Active", "true" reads "Yes", an arm code the protocol's name for the arm).
 * The trail itself keeps the codes: they are what was hashed.
 */
public final class AuditLabels {
  /** Fields whose values are enum constants, by "entity.field" or by field for every entity. */
  private static final Map<String, Class<? extends Enum<?>>> CODES = Map.ofEntries(
      Map.entry("study.status", StudyStatus.class),
      Map.entry("site.status", SiteStatus.class),
      Map.entry("patient.status", PatientStatus.class),
      Map.entry("consentModel", ConsentModel.class),
      Map.entry("data", PatientVisit.DataState.class),
      Map.entry("contact.method", ContactAttempt.Method.class),
      Map.entry("query.status", org.pragma.query.QueryStatus.class),
      Map.entry("notEnrolled", org.pragma.screening.NonEnrollment.class),
      Map.entry("outcome", ContactAttempt.Outcome.class),
      Map.entry("meaning", SignatureMeaning.class),
      Map.entry("roles", Role.class),
      Map.entry("sex", Sex.class));

  private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?Z");

  private final Function<String, Optional<StudyProtocol>> protocolOf;
  private final Map<String, Optional<StudyProtocol>> protocols = new HashMap<>();

  /** {@code protocolOf} gives a study's protocol in force (for its arms' names and time zone), if loaded. */
  public AuditLabels(Function<String, Optional<StudyProtocol>> protocolOf) {
    this.protocolOf = protocolOf;
  }

  /** Labels that read studies' protocols from the service (each once); a study without one keeps codes and UTC. */
  public static AuditLabels of(ProtocolService service) {
    return new AuditLabels(study -> {
      try {
        return Optional.of(service.protocol(study));
      } catch (DomainException notLoaded) {
        return Optional.empty();
      }
    });
  }

  /** The time zone of the study's clinics; null (UTC) outside a study or without a protocol. */
  public ZoneId zone(String study) {
    return study == null ? null : protocol(study).map(StudyProtocol::timeZone).orElse(null);
  }

  private Optional<StudyProtocol> protocol(String study) {
    return protocols.computeIfAbsent(study, protocolOf);
  }

  /** "Changed", "Created", "Deleted". */
  public static String action(String action) {
    try {
      return Labels.label(AuditAction.valueOf(action));
    } catch (IllegalArgumentException | NullPointerException unknown) {
      return action == null ? "" : Labels.words(action);
    }
  }

  /** "Site", "User account". */
  public static String entity(String entity) {
    return entity == null ? "" : text("entity." + entity).orElse(Labels.words(entity));
  }

  /** "Enrollment target", "Covariate health-system", "ODI score"; blank for a record created without fields. */
  public static String field(String entity, String field) {
    if (field == null) {
      return "";
    }
    var exact = text("field." + entity + "." + field).or(() -> text("field." + field));
    if (exact.isPresent()) {
      return exact.get();
    }
    int dot = field.indexOf('.');
    if (dot > 0) {
      String head = field.substring(0, dot);
      String tail = field.substring(dot + 1);
      var pattern = text("field." + head + ".*").map(p -> MessageFormat.format(p, tail))
          .or(() -> text("field.*." + tail).map(p -> MessageFormat.format(p, head)));
      if (pattern.isPresent()) {
        return pattern.get();
      }
    }
    return Labels.words(field.replaceAll("([a-z])([A-Z])", "$1 $2"));
  }

  /** Whether a field has a label of its own (not words made from its name): what AuditLabelsTest checks. */
  static boolean hasLabel(String field) {
    return text("field." + field).isPresent();
  }

  /**
   * A value as its label: an enum code (or a list of them) by its label, true/false as Yes/No, an arm by
   * the protocol's name; anything else as written. Instants are left to the caller (they need a zone).
   */
  public String value(String entity, String field, String study, String value) {
    if (value == null || field == null) {
      return value == null ? "" : value;
    }
    if ("true".equals(value) || "false".equals(value)) {
      return "true".equals(value) ? "Yes" : "No";
    }
    if (field.equals("arm") && study != null) {
      return protocol(study).flatMap(p -> p.arm(value)).map(Arm::name).orElse(value);
    }
    Class<? extends Enum<?>> type = CODES.getOrDefault(entity + "." + field, CODES.get(field));
    if (type == null) {
      return value;
    }
    return Arrays.stream(value.split(",")).map(code -> label(type, code)).collect(Collectors.joining(", "));
  }

  /** Whether a value is an instant as the trail writes them (ISO-8601 UTC). */
  public static boolean isInstant(String value) {
    return value != null && INSTANT.matcher(value).matches();
  }

  private static String label(Class<? extends Enum<?>> type, String code) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(code)).findFirst()
        .map(Labels::label).orElse(code);
  }

  private static Optional<String> text(String key) {
    ResourceBundle bundle = ResourceBundle.getBundle("org.pragma.web.labels", Locale.ROOT);
    return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
  }
}
