package se.vanort.adapters.cli;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The results as JUnit XML, the format Surefire writes and Jenkins, GitLab and GitHub Actions read:
 * a {@code testsuite} for each scenario file, a {@code testcase} for each scenario, with a
 * {@code failure} listing what differs, or an {@code error} for a file that could not be read.
 */
final class JunitReport {
  private JunitReport() {}

  static String of(List<ScenarioResult> results, Texts texts) {
    Map<String, List<ScenarioResult>> byFile = new LinkedHashMap<>();
    results.forEach(result -> byFile.computeIfAbsent(result.file(), file -> new ArrayList<>()).add(result));
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "vanort test");
      xml.writeAttribute("tests", Integer.toString(results.size()));
      xml.writeAttribute("failures", Long.toString(count(results, false)));
      xml.writeAttribute("errors", Long.toString(count(results, true)));
      for (Map.Entry<String, List<ScenarioResult>> file : byFile.entrySet()) {
        suite(xml, file.getKey(), file.getValue(), texts);
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the JUnit report", e);
    }
    return text + "\n";
  }

  private static long count(List<ScenarioResult> results, boolean errors) {
    return results.stream().filter(r -> !r.passed() && r.problems().isEmpty() != errors).count();
  }

  private static void suite(XMLStreamWriter xml, String file, List<ScenarioResult> results, Texts texts)
      throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", file);
    xml.writeAttribute("tests", Integer.toString(results.size()));
    xml.writeAttribute("failures", Long.toString(count(results, false)));
    xml.writeAttribute("errors", Long.toString(count(results, true)));
    xml.writeAttribute("skipped", "0");
    for (ScenarioResult result : results) {
      xml.writeCharacters("\n    ");
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", file);
      xml.writeAttribute("name", result.name().isEmpty() ? file : result.name());
      if (!result.problems().isEmpty()) {
        xml.writeStartElement("error");
        xml.writeAttribute("message", result.problems().get(0));
        xml.writeAttribute("type", "invalid scenario file");
        xml.writeCharacters(String.join("\n", result.problems()));
        xml.writeEndElement();
      } else if (!result.passed()) {
        List<String> details = TestCommand.details(result, texts);
        xml.writeStartElement("failure");
        xml.writeAttribute("message", details.get(0));
        xml.writeAttribute("type", "scenario failed");
        xml.writeCharacters(String.join("\n", details));
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }
}
