package org.pragma.protocol.validation;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one YAML file into a {@link YamlDocument}, keeping the position of every key so that schema and
 * semantic errors can name a line and column. Syntax errors, duplicate keys, several documents in one
 * file and oversized files become {@link ValidationError}s; nothing else escapes.
 */
public final class YamlReader {

  /** Largest file accepted; protocol files are a few kilobytes. */
  public static final int MAX_BYTES = 1_000_000;

  private static final YAMLFactory FACTORY = createFactory();

  /** A parser event in a message ({@code <org.yaml.snakeyaml.events.SequenceStartEvent(anchor=null, ...)>}). */
  private static final Pattern YAML_EVENT = Pattern.compile("<?(?:[a-z][a-z0-9_]*\\.)+([A-Za-z]+?)Event\\([^)]*\\)>?");

  /** A Java class name in a parser's message ({@code java.io.CharConversionException: }): users never see one. */
  private static final Pattern JAVA_CLASS = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b:?\\s*");

  private YamlReader() {}

  /** The outcome of reading one file: a document (possibly with errors) or only errors. */
  public record Parsed(Optional<YamlDocument> document, List<ValidationError> errors) {

    public Parsed {
      errors = List.copyOf(errors);
    }

    public boolean isValid() {
      return document.isPresent() && errors.isEmpty();
    }
  }

  /** Parses {@code content} (UTF-8) of the file named {@code file} (relative path used in errors). */
  public static Parsed read(String file, byte[] content) {
    if (content.length > MAX_BYTES) {
      return failed(ValidationError.ofFile(file, "file is larger than " + MAX_BYTES + " bytes",
          "Protocol files are small; split it or remove what does not belong in it."));
    }
    Optional<ValidationError> notText = notUtf8(file, content);
    if (notText.isPresent()) {
      return failed(notText.get());
    }
    try (YAMLParser parser = FACTORY.createParser(content)) {
      return new YamlTreeBuilder(file, parser).build();
    } catch (JsonProcessingException e) {
      return failed(syntaxError(file, e.getLocation(), e.getOriginalMessage()));
    } catch (MarkedYAMLException e) {
      var mark = e.getProblemMark();
      JsonLocation at = mark == null ? null
          : new JsonLocation(null, mark.getIndex(), mark.getLine() + 1, mark.getColumn() + 1);
      return failed(syntaxError(file, at, e.getProblem()));
    } catch (YAMLException | IOException e) {
      return failed(syntaxError(file, null, e.getMessage()));
    } catch (YamlTreeBuilder.TooLargeException e) {
      return failed(ValidationError.ofFile(file, e.getMessage(),
          "Remove repeated aliases (*name) and deep nesting; protocol files are shallow."));
    }
  }

  /**
   * A file that is not UTF-8 text (a binary, a document, a file saved as Latin-1 or UTF-16) is refused
   * in plain words, at the first byte that is not UTF-8.
   */
  private static Optional<ValidationError> notUtf8(String file, byte[] content) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CharBuffer out = CharBuffer.allocate(content.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      return Optional.empty();
    }
    int bad = in.position();
    String before = new String(content, 0, bad, StandardCharsets.UTF_8);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = before.length() - before.lastIndexOf('\n');
    String name = file.substring(file.lastIndexOf('/') + 1);
    return Optional.of(new ValidationError(file, line, column, name + " is not a UTF-8 text file",
        "Protocol and instrument files are YAML text saved as UTF-8; save it again as UTF-8 text"
            + " (the first byte that is not UTF-8 is at this position)."));
  }

  private static Parsed failed(ValidationError error) {
    return new Parsed(Optional.empty(), List.of(error));
  }

  private static ValidationError syntaxError(String file, JsonLocation at, String detail) {
    String message = "not valid YAML: " + firstLine(detail);
    String hint = "Check indentation, colons and quotes near this position.";
    if (at == null || at.getLineNr() < 1) {
      return ValidationError.ofFile(file, message, hint);
    }
    return new ValidationError(file, at.getLineNr(), Math.max(1, at.getColumnNr()), message, hint);
  }

  private static String firstLine(String text) {
    if (text == null || text.isBlank()) {
      return "unreadable content";
    }
    String line = String.join(" ", text.strip().lines().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("^") && !l.startsWith("in 'reader'")).toList());
    line = YAML_EVENT.matcher(line).replaceAll(r -> switch (r.group(1)) {
      case "SequenceStart" -> "a list";
      case "MappingStart" -> "a mapping";
      case "Alias" -> "an alias";
      case "Scalar" -> "a value";
      default -> "the end of a block";
    });
    line = JAVA_CLASS.matcher(line).replaceAll("").strip();
    if (line.isEmpty()) {
      return "unreadable content";
    }
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  private static YAMLFactory createFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_BYTES);
    options.setAllowDuplicateKeys(true); // reported by YamlTreeBuilder with a position instead
    return YAMLFactory.builder().loaderOptions(options).build();
  }

  static List<ValidationError> newErrorList() {
    return new ArrayList<>();
  }
}
