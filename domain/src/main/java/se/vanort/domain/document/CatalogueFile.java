package se.vanort.domain.document;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads one document of the catalogue from its data file, {@code se/vanort/domain/document/ID.catalogue}:
 * the only place a clause's texts, a rule's requirement and its interpretation are written down.
 *
 * <p>The format is a sequence of blocks. A block starts with a header at the start of a line,
 * {@code document ID}, {@code note NAME}, {@code clause LOCAL} or {@code rule ID}, followed by fields
 * {@code name = value}. A value continues on the following lines that start with white space, joined
 * with one space; a continuation line holding only {@code ¶} starts a new paragraph. Blank lines and
 * lines starting with {@code #} are ignored. A text may name a note of the same file as {@code ${NAME}},
 * which stands for the note's text in the same language, so that what several rules share is written
 * once. A rule may carry whole-number parameters, {@code parameter.NAME = 7}, that its code reads
 * ({@link RuleDefinition#parameter}) and its texts name as {@code ${NAME}}, so that a number such as the
 * days between a camp and its conference is written once. A rule that reports findings carries their texts,
 * for each message key and language: {@code finding.message.en}, {@code finding.facts.en} and {@code
 * finding.remedy.en} (and {@code .sv}) for the finding whose key is the rule's id, {@code
 * finding.VARIANT.message.en} and so on for the key {@code ID.VARIANT} (e.g. {@code
 * va.youth-camp-with-conference.unlinked}), all six fields of a key or none ({@link FindingText}). Those texts
 * name the finding's facts as {@code {year}} or {@code {held,count,möte,möten}}, which the rules engine fills in
 * when it writes a finding; {@code ${NAME}} works in them as in every text. The file must start with the
 * {@code document} block.
 *
 * <p>Limits: a file of at most {@value #MAX_BYTES} bytes, a text of at most {@value #MAX_TEXT} characters
 * once its notes are put in, a parameter from 0 to {@value #MAX_PARAMETER}. Every mistake is refused with
 * the file, the line and the field.
 */
final class CatalogueFile {
  static final int MAX_BYTES = 1 << 20;
  static final int MAX_TEXT = 6000;
  static final int MAX_PARAMETER = 10_000;
  private static final String PARAMETER = "parameter.";
  private static final Pattern PARAMETER_NAME = Pattern.compile("parameter\\.[a-z][a-z0-9-]*");
  private static final Pattern FINDING_FIELD =
      Pattern.compile("finding(?:\\.([a-z][a-z0-9-]*))?\\.(message|facts|remedy)\\.(sv|en)");
  private static final ImmutableList<String> FINDING_PARTS = ImmutableList.of("message.en", "message.sv",
      "facts.en", "facts.sv", "remedy.en", "remedy.sv");

  private static final String DIRECTORY = "se/vanort/domain/document/";
  private static final Pattern HEADER = Pattern.compile("(document|note|clause|rule) (\\S+)");
  private static final Pattern FIELD = Pattern.compile("([a-z][a-z.-]*) = (\\S.*)");
  private static final Pattern CONTINUATION = Pattern.compile("[ \\t]+(\\S.*)");
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");
  private static final Splitter WORDS = Splitter.on(' ').omitEmptyStrings();
  private static final String PARAGRAPH = "¶";

  private static final ImmutableMap<String, ImmutableSet<String>> REQUIRED = ImmutableMap.of(
      "document", ImmutableSet.of("title.sv", "title.en", "seed"),
      "note", ImmutableSet.of("sv", "en"),
      "clause", ImmutableSet.of("section", "modality", "sv", "en"),
      "rule", ImmutableSet.of("modality", "clauses", "requirement.sv", "requirement.en"));
  /** Fields that a block has in both languages or in neither. */
  private static final ImmutableMap<String, ImmutableSet<String>> OPTIONAL = ImmutableMap.of(
      "document", ImmutableSet.of(),
      "note", ImmutableSet.of(),
      "clause", ImmutableSet.of("not-checkable.sv", "not-checkable.en"),
      "rule", ImmutableSet.of("interpretation.sv", "interpretation.en"));

  /** A field's value and the line it starts on. */
  private record Field(String value, int line) {}

  /** One block: its kind, its id and the line of its header, and its fields in file order. */
  private record Block(String kind, String id, int line, Map<String, Field> fields) {}

  private final String name;
  private final List<Block> blocks = new ArrayList<>();
  private final Map<String, Block> notes = new LinkedHashMap<>();
  private final Set<String> notesUsed = new HashSet<>();

  private CatalogueFile(String name) {
    this.name = name;
  }

  /**
   * Reads the document {@code id} from its data file on the class path.
   *
   * @throws IllegalArgumentException naming the file, the line and the field of a mistake in it
   */
  static Document read(String id) {
    String resource = DIRECTORY + id + ".catalogue";
    try (InputStream in = CatalogueFile.class.getClassLoader().getResourceAsStream(resource)) {
      checkArgument(in != null, "the catalogue data of %s is not on the class path: %s", id, resource);
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      checkArgument(bytes.length <= MAX_BYTES, "%s: longer than %s bytes", resource, MAX_BYTES);
      Document document = parse(id + ".catalogue", new String(bytes, StandardCharsets.UTF_8));
      checkArgument(document.getId().value().equals(id), "%s: holds document %s, not %s", resource,
          document.getId(), id);
      return document;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Reads a document from the text of a data file called {@code name}.
   *
   * @throws IllegalArgumentException naming the file, the line and the field of a mistake in it
   */
  static Document parse(String name, String text) {
    CatalogueFile file = new CatalogueFile(name);
    file.split(text);
    return file.document();
  }

  private void split(String text) {
    Block block = null;
    String field = null;
    int number = 0;
    for (String line : text.split("\r?\n", -1)) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        field = null;
        continue;
      }
      Matcher header = HEADER.matcher(line);
      Matcher pair = FIELD.matcher(line);
      Matcher continuation = CONTINUATION.matcher(line);
      if (header.matches()) {
        Block opened = new Block(header.group(1), header.group(2), number, new LinkedHashMap<>());
        check(blocks.isEmpty() == opened.kind().equals("document"), number,
            () -> blocks.isEmpty() ? "the file must start with 'document ID'" : "a second 'document' block");
        blocks.add(opened);
        if (opened.kind().equals("note")) {
          check(notes.put(opened.id(), opened) == null, number, () -> "note '" + opened.id() + "' appears twice");
        }
        block = opened;
        field = null;
      } else if (pair.matches()) {
        check(block != null, number, () -> "a field before the 'document' block");
        Block current = block;
        String key = pair.group(1);
        check(REQUIRED.get(current.kind()).contains(key) || OPTIONAL.get(current.kind()).contains(key)
            || current.kind().equals("rule") && (PARAMETER_NAME.matcher(key).matches()
                || FINDING_FIELD.matcher(key).matches()), number,
            () -> "unknown field '" + key + "' of a " + current.kind() + "; the fields are "
                + fieldsOf(current.kind()) + (current.kind().equals("rule")
                    ? ", parameter.NAME and finding[.VARIANT].message|facts|remedy.sv|en" : ""));
        check(!current.fields().containsKey(key), number, () -> "field '" + key + "' appears twice");
        current.fields().put(key, new Field(pair.group(2).strip(), number));
        field = key;
      } else if (continuation.matches()) {
        check(field != null, number, () -> "a continued line with no field above it");
        Field before = block.fields().get(field);
        String more = continuation.group(1).strip();
        String joined = more.equals(PARAGRAPH) ? before.value() + "\n\n"
            : before.value().endsWith("\n\n") ? before.value() + more : before.value() + " " + more;
        block.fields().put(field, new Field(joined, before.line()));
      } else {
        throw new IllegalArgumentException(String.format(
            "%s:%s: neither a block header ('clause A1', 'rule va.x', 'note x'), nor a field ('name = value'),"
                + " nor a continued line (starting with white space): %s", name, number, line));
      }
    }
    check(!blocks.isEmpty(), number, () -> "no 'document' block");
  }

  private static String fieldsOf(String kind) {
    List<String> fields = new ArrayList<>(REQUIRED.get(kind));
    fields.addAll(OPTIONAL.get(kind));
    return fields.toString();
  }

  private Document document() {
    Block head = blocks.get(0);
    requireFields(head);
    DocumentId id = parsed(head, () -> DocumentId.of(head.id()));
    Document.Builder document = Document.builder().id(id).title(text(head, "title.sv"))
        .titleEn(text(head, "title.en"))
        .seedResource(DIRECTORY + text(head, "seed"));
    for (Block block : blocks.subList(1, blocks.size())) {
      requireFields(block);
      switch (block.kind()) {
        case "clause" -> document.addClause(parsed(block, () -> Clause.builder()
            .id(ClauseId.of(id, block.id()))
            .section(text(block, "section"))
            .modality(modality(block))
            .textSv(text(block, "sv"))
            .textEn(text(block, "en"))
            .notCheckableReason(optionalText(block, "not-checkable.en"))
            .notCheckableReasonSv(optionalText(block, "not-checkable.sv"))
            .build()));
        case "rule" -> document.addRule(parsed(block, () -> {
          RuleDefinition.Builder rule = RuleDefinition.builder()
              .id(RuleId.of(block.id()))
              .modality(modality(block))
              .requirement(text(block, "requirement.en"))
              .requirementSv(text(block, "requirement.sv"))
              .interpretation(optionalText(block, "interpretation.en"))
              .interpretationSv(optionalText(block, "interpretation.sv"));
          WORDS.split(block.fields().get("clauses").value()).forEach(local -> rule.addClause(ClauseId.of(id, local)));
          block.fields().keySet().stream().filter(field -> field.startsWith(PARAMETER))
              .forEach(field -> rule.putParameter(field.substring(PARAMETER.length()), parameter(block, field)));
          findingTexts(block).forEach(rule::addFindingText);
          return rule.build();
        }));
        case "note" -> {
          // read, so that a note's own texts are checked (length, no reference) even where no text uses them
          text(block, "sv");
          text(block, "en");
        }
        default -> throw new IllegalStateException(block.kind());
      }
    }
    Set<String> unused = new HashSet<>(notes.keySet());
    unused.removeAll(notesUsed);
    check(unused.isEmpty(), head.line(), () -> "notes that no text uses: " + unused);
    try {
      return document.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }

  private void requireFields(Block block) {
    Set<String> missing = new HashSet<>(REQUIRED.get(block.kind()));
    missing.removeAll(block.fields().keySet());
    check(missing.isEmpty(), block.line(), () -> block.kind() + " " + block.id() + " lacks the fields " + missing);
    long optional = OPTIONAL.get(block.kind()).stream().filter(block.fields()::containsKey).count();
    check(optional == 0 || optional == OPTIONAL.get(block.kind()).size(), block.line(), () -> block.kind() + " "
        + block.id() + " must have all or none of the fields " + OPTIONAL.get(block.kind()));
  }

  /**
   * The texts of the rule's findings: for the finding whose key is the rule's id, the fields {@code finding.message.en}
   * and so on; for the key {@code ID.VARIANT}, {@code finding.VARIANT.message.en} and so on; each in file order of
   * its first field, with all six fields or refused.
   */
  private List<FindingText> findingTexts(Block block) {
    Map<String, Integer> variants = new LinkedHashMap<>();
    for (Map.Entry<String, Field> field : block.fields().entrySet()) {
      Matcher finding = FINDING_FIELD.matcher(field.getKey());
      if (finding.matches()) {
        variants.putIfAbsent(finding.group(1) == null ? "" : "." + finding.group(1), field.getValue().line());
      }
    }
    List<FindingText> texts = new ArrayList<>();
    variants.forEach((variant, line) -> {
      String prefix = "finding" + variant + ".";
      List<String> missing = FINDING_PARTS.stream().filter(part -> !block.fields().containsKey(prefix + part))
          .map(part -> prefix + part).toList();
      check(missing.isEmpty(), line, () -> "rule " + block.id() + ", finding '" + block.id() + variant
          + "' lacks the fields " + missing + "; a finding has its message, facts and remedy in sv and en");
      texts.add(FindingText.builder().key(block.id() + variant)
          .message(text(block, prefix + "message.en")).messageSv(text(block, prefix + "message.sv"))
          .facts(text(block, prefix + "facts.en")).factsSv(text(block, prefix + "facts.sv"))
          .remedy(text(block, prefix + "remedy.en")).remedySv(text(block, prefix + "remedy.sv"))
          .build());
    });
    return texts;
  }

  private Modality modality(Block block) {
    Field field = block.fields().get("modality");
    try {
      return Modality.valueOf(field.value());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(String.format("%s:%s: %s %s, field 'modality': '%s' is not one of %s", name,
          field.line(), block.kind(), block.id(), field.value(), List.of(Modality.values())), e);
    }
  }

  private int parameter(Block block, String field) {
    Field value = block.fields().get(field);
    try {
      int number = Integer.parseInt(value.value());
      check(number >= 0 && number <= MAX_PARAMETER, value.line(), () -> block.kind() + " " + block.id() + ", field '"
          + field + "': " + number + " is not from 0 to " + MAX_PARAMETER);
      return number;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(String.format("%s:%s: %s %s, field '%s': '%s' is not a whole number", name,
          value.line(), block.kind(), block.id(), field, value.value()), e);
    }
  }

  private Optional<String> optionalText(Block block, String field) {
    return block.fields().containsKey(field) ? Optional.of(text(block, field)) : Optional.empty();
  }

  /**
   * The value of {@code field}, with every {@code ${NAME}} replaced by the block's parameter {@code NAME} or,
   * where it has none, by the note {@code NAME}'s text in the same language.
   */
  private String text(Block block, String field) {
    Field value = block.fields().get(field);
    String language = field.endsWith("sv") ? "sv" : "en";
    Matcher reference = REFERENCE.matcher(value.value());
    StringBuilder text = new StringBuilder();
    while (reference.find()) {
      String note = reference.group(1);
      if (block.fields().containsKey(PARAMETER + note)) {
        reference.appendReplacement(text, String.valueOf(parameter(block, PARAMETER + note)));
        continue;
      }
      check(!block.kind().equals("note"), value.line(), () -> "note " + block.id() + " names note '" + note
          + "'; a note stands alone");
      check(notes.containsKey(note), value.line(), () -> block.kind() + " " + block.id() + ", field '" + field
          + "': no parameter or note '" + note + "'; the notes are " + notes.keySet());
      Field noteText = notes.get(note).fields().get(language);
      check(noteText != null, value.line(), () -> block.kind() + " " + block.id() + ", field '" + field + "': note '"
          + note + "' has no text in " + language);
      notesUsed.add(note);
      reference.appendReplacement(text, Matcher.quoteReplacement(noteText.value()));
    }
    reference.appendTail(text);
    check(text.length() <= MAX_TEXT, value.line(), () -> block.kind() + " " + block.id() + ", field '" + field
        + "': " + text.length() + " characters, more than " + MAX_TEXT);
    return text.toString();
  }

  private <T> T parsed(Block block, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(name + ":")) {
        throw e;
      }
      throw new IllegalArgumentException(
          String.format("%s:%s: %s %s: %s", name, block.line(), block.kind(), block.id(), e.getMessage()), e);
    }
  }

  /** Refuses the file unless {@code condition} holds; the problem is written only then. */
  private void check(boolean condition, int line, Supplier<String> problem) {
    if (!condition) {
      throw new IllegalArgumentException(name + ":" + line + ": " + problem.get());
    }
  }
}
