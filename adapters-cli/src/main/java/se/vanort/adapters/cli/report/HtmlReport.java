package se.vanort.adapters.cli.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The council report as one self-contained HTML page: styles inline, the timeline as inline SVG,
 * no script, font, image or style sheet fetched from anywhere.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /**
   * {@return the page of {@code page}, framed by {@code words}}
   *
   * @param page what the report shows
   * @param words the frame's texts in the page's language
   */
  public static String render(ReportPage page, Words words) {
    // The templates are classes the build generated from src/main/jte: nothing is parsed or compiled here.
    TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    StringOutput output = new StringOutput();
    engine.render("report.jte", Map.of("page", page, "words", words), output);
    return output.toString();
  }
}
