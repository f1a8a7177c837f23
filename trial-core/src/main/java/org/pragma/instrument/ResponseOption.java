package org.pragma.instrument;

/** One response option of an item: its value on the published scoring key and its label. */
public record ResponseOption(int value, String label) {

  /**
   * What a form shows: "2 · Pain is moderate", or the label alone when it already starts with the
   * value ("0 - No pain", "7"), so no option reads "7 · 7".
   */
  public String display() {
    String number = String.valueOf(value);
    if (label == null || label.isBlank()) {
      return number;
    }
    boolean repeats = label.equals(number)
        || (label.startsWith(number) && !Character.isDigit(label.charAt(number.length())));
    return repeats ? label : number + " · " + label;
  }
}
