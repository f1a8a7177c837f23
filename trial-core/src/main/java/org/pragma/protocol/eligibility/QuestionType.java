package org.pragma.protocol.eligibility;

/** The answer type of a screening question. */
public enum QuestionType {
  YES_NO("yes-no"), NUMBER("number"), DATE("date"), CHOICE("choice");

  private final String key;

  QuestionType(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static QuestionType ofKey(String key) {
    for (QuestionType type : values()) {
      if (type.key.equals(key)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown question type " + key);
  }
}
