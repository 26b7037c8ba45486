package se.vanort.adapters.cli.file;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import org.yaml.snakeyaml.LoaderOptions;
import java.io.UncheckedIOException;

/**
 * The one Jackson configuration of the file formats: the same model read from YAML or JSON, strict
 * about duplicate keys and fractions where whole numbers belong, written without empty fields.
 */
final class FileMappers {
  private static final ObjectMapper YAML = configure(YAMLMapper.builder(YAMLFactory.builder()
      .loaderOptions(loaderOptions())
      .streamReadConstraints(constraints())
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .build()));
  private static final ObjectMapper JSON = configure(JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(constraints()).build())
      .enable(SerializationFeature.INDENT_OUTPUT));

  private FileMappers() {}

  /** The limits of {@link ReadLimits} on values and nesting, for both formats. */
  private static StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(ReadLimits.MAX_NESTING)
        .maxStringLength(ReadLimits.MAX_VALUE_CHARS)
        .maxNameLength(ReadLimits.MAX_VALUE_CHARS)
        .maxNumberLength(ReadLimits.MAX_NUMBER_CHARS)
        .maxDocumentLength(ReadLimits.CEILING_BYTES)
        .build();
  }

  /**
   * SnakeYAML's own limits. Its code point limit (3 MB by default, which refused a register that
   * vanort itself exported) is lifted to the ceiling: the size of the file is checked before it is
   * read, and a file has no more code points than bytes. Aliases stay limited (alias bombs), and
   * no tag instantiates a class.
   */
  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit((int) ReadLimits.CEILING_BYTES);
    options.setNestingDepthLimit(ReadLimits.MAX_NESTING);
    options.setMaxAliasesForCollections(50);
    options.setAllowRecursiveKeys(false);
    return options;
  }

  private static ObjectMapper configure(MapperBuilder<?, ?> builder) {
    return builder
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .addModule(new SimpleModule("whole-numbers")
            .addDeserializer(Integer.class, WholeNumberDeserializer.integers())
            .addDeserializer(Long.class, WholeNumberDeserializer.longs()))
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
        .build();
  }

  /** The mapper of {@code format}. */
  static ObjectMapper of(RegisterFormat format) {
    return format == RegisterFormat.YAML ? YAML : JSON;
  }

  /** Binds {@code node}, a part of a file at {@code root}, to {@code type}, collecting every mistake of shape in {@code problems}; null when a mistake stopped the binding. */
  static <T> T convert(RegisterFormat format, JsonNode node, Class<T> type, ProblemList problems, String root) {
    return bind(format, type, problems, root, reader -> reader.readValue(of(format).treeAsTokens(node)));
  }

  private interface Binding<T> {
    T bind(ObjectReader reader) throws IOException;
  }

  private static <T> T bind(RegisterFormat format, Class<T> type, ProblemList problems, String root, Binding<T> binding) {
    try {
      return binding.bind(of(format).readerFor(type).withHandler(new CollectingHandler(problems, root)));
    } catch (JsonMappingException e) {
      problems.add(FilePaths.join(root, pathOf(e)), e.getCause() instanceof StreamConstraintsException beyond
          ? Locations.beyondLimit(beyond) : plain(e));
      return null;
    } catch (StreamConstraintsException e) {
      problems.add(root, Locations.beyondLimit(e));
      return null;
    } catch (JsonProcessingException e) {
      problems.add(root, plain(e));
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory cannot fail", e);
    }
  }

  /** The path Jackson gives a binding failure, in the form of {@link FilePaths}. */
  static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** Jackson's message without the Java types and source excerpt it adds for programmers. */
  static String plain(JsonProcessingException e) {
    String message = e.getOriginalMessage() == null ? "cannot be read" : e.getOriginalMessage();
    return message.replaceAll("`[a-zA-Z0-9_.$]+`", "the value").replaceAll("\\s*\\n.*", "");
  }

  /** {@code value} written in {@code format}. */
  static String write(RegisterFormat format, Object value) {
    try {
      return of(format).writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
  }
}
