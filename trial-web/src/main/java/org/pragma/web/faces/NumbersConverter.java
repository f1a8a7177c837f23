package org.pragma.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Shows a list of numbers (one per arm) compactly: three decimals, separated by slashes. */
@FacesConverter("pragma.numbers")
public class NumbersConverter implements Converter<Object> {
  @Override
  public Object getAsObject(FacesContext context, UIComponent component, String value) {
    throw new UnsupportedOperationException("display only");
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Object value) {
    if (!(value instanceof List<?> list)) {
      return value == null ? "" : value.toString();
    }
    return list.stream().map(v -> v == null ? "–" : String.format(Locale.ROOT, "%.3f", ((Number) v).doubleValue()))
        .collect(Collectors.joining(" / "));
  }
}
