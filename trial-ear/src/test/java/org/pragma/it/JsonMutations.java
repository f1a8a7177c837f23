package org.pragma.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of a valid JSON payload, as a careless client or a probe sends them: one value
 * replaced by a value of another kind or an extreme one, a field removed or added, or the text itself
 * cut, spliced or salted with characters that break parsers. The same seed gives the same mutations.
 */
final class JsonMutations {
  private static final List<JsonValue> ODD_VALUES = List.of(JsonValue.NULL, JsonValue.TRUE, JsonValue.FALSE,
      Json.createValue(-1), Json.createValue(0), Json.createValue(Long.MAX_VALUE), Json.createValue(2147483648L),
      Json.createValue(-1e300), Json.createValue(0.5), Json.createValue(""), Json.createValue(" "),
      Json.createValue("x".repeat(5_000)), Json.createValue("2026-02-30"), Json.createValue("+999999999-12-31"),
      Json.createValue("0000-00-00"), Json.createValue("\u0000"), Json.createValue("\ud83d\ude00 \u202e rtl"),
      Json.createValue("'; drop table patient; --"), Json.createValue("<script>alert(1)</script>"),
      Json.createValue("=HYPERLINK(\"http://x\")"), Json.createValue("NaN"), Json.createValue("WITHDRAWN"),
      JsonValue.EMPTY_JSON_ARRAY, JsonValue.EMPTY_JSON_OBJECT,
      Json.createArrayBuilder().add(1).add("two").addNull().build(),
      Json.createObjectBuilder().add("nested", Json.createObjectBuilder().add("deeper", 1)).build());
  private static final String[] SALT = {"\"", "{", "}", "[", "]", ",", ":", "\\", "\u0000", "\u0007", "\ud800", "1e999999",
      "\"\\u0000\"", "null", "/*", "\n"};

  private final Random random;

  JsonMutations(long seed) {
    this.random = new Random(seed);
  }

  /** One mutation of {@code json}. */
  String mutate(String json) {
    int kind = random.nextInt(10);
    if (kind < 6) {
      return replaceValue(parse(json)).toString();
    }
    if (kind < 7) {
      return removeOrAddField(parse(json)).toString();
    }
    StringBuilder text = new StringBuilder(json);
    int at = random.nextInt(text.length() + 1);
    if (kind < 8) {
      return text.substring(0, at); // cut short
    }
    if (kind < 9) {
      int end = Math.min(text.length(), at + 1 + random.nextInt(8));
      return text.delete(Math.min(at, end), end).toString();
    }
    return text.insert(at, SALT[random.nextInt(SALT.length)]).toString();
  }

  private static JsonValue parse(String json) {
    return Json.createReader(new StringReader(json)).readValue();
  }

  /** Replaces one value chosen uniformly among all values of the tree. */
  private JsonValue replaceValue(JsonValue root) {
    int count = count(root);
    int[] target = {random.nextInt(count)};
    return replace(root, target, ODD_VALUES.get(random.nextInt(ODD_VALUES.size())));
  }

  private static int count(JsonValue v) {
    int n = 1;
    if (v instanceof JsonObject o) {
      for (JsonValue child : o.values()) {
        n += count(child);
      }
    } else if (v instanceof JsonArray a) {
      for (JsonValue child : a) {
        n += count(child);
      }
    }
    return n;
  }

  private static JsonValue replace(JsonValue v, int[] target, JsonValue with) {
    if (target[0]-- == 0) {
      return with;
    }
    if (v instanceof JsonObject o) {
      JsonObjectBuilder b = Json.createObjectBuilder();
      o.forEach((k, child) -> b.add(k, replace(child, target, with)));
      return b.build();
    }
    if (v instanceof JsonArray a) {
      JsonArrayBuilder b = Json.createArrayBuilder();
      a.forEach(child -> b.add(replace(child, target, with)));
      return b.build();
    }
    return v;
  }

  private JsonValue removeOrAddField(JsonValue root) {
    if (!(root instanceof JsonObject o) || o.isEmpty()) {
      return root;
    }
    List<String> keys = new ArrayList<>(o.keySet());
    JsonObjectBuilder b = Json.createObjectBuilder(o);
    if (random.nextBoolean()) {
      b.remove(keys.get(random.nextInt(keys.size())));
    } else {
      b.add("unexpected" + random.nextInt(3), ODD_VALUES.get(random.nextInt(ODD_VALUES.size())));
    }
    return b.build();
  }
}
