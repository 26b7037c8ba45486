package se.vanort.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.print.PrintOptions;
import se.vanort.adapters.cli.file.ReadLimits;
import se.vanort.adapters.cli.file.RepositoryFiles;
import se.vanort.rules.Report;
import se.vanort.rules.Rulebook;

/**
 * The council report as an official opens it: Debian's chromium, headless, driven through
 * chromedriver. The page loads from file:// with no console error and no request beyond the file,
 * shows the timeline and every finding, prints to PDF, and has what a public body's page needs:
 * a language, headings in order, table headers, and shapes and words wherever colour is used.
 *
 * <p>Writes {@code target/report-sv.png} (and .pdf); with {@code -Dvanort.updateScreenshot=true} it
 * also copies the picture to {@code docs/images/report-sv.png}, the README's.
 */
class ReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path EXAMPLE = RepositoryFiles.file("examples/vimmerby.yaml");
  private static final Path TARGET = Path.of("target").toAbsolutePath();

  private static ChromeDriver browser;
  private static Path profile;
  private static Report expected;

  @BeforeAll
  static void openTheBrowser() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail("The report's browser test needs Debian's chromium and chromedriver at " + CHROMIUM + " and "
          + CHROMEDRIVER + ". Install them with: apt-get install -y chromium chromium-driver"
          + " (.ci/run does so before the build).");
    }
    expected = Rulebook.standard().check(Registers.read(EXAMPLE, ReadLimits.defaults()));
    Files.createDirectories(TARGET);
    profile = Files.createTempDirectory("vanort-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // Without the background-networking flags chromium tries to reach its services, which a closed network refuses.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--window-size=1280,2000", "--lang=sv-SE");
    Map<String, Object> logging = new HashMap<>();
    logging.put(LogType.BROWSER, "ALL");
    logging.put(LogType.PERFORMANCE, "ALL");
    options.setCapability("goog:loggingPrefs", logging);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void closeTheBrowser() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  /** Writes the report of the example in {@code lang} under target/ and opens it. */
  private static Path open(String lang) {
    Path file = TARGET.resolve("report-" + lang + ".html");
    Cli.Run run = Cli.run("report", EXAMPLE.toString(), "--output", file.toString(), "--lang", lang, "--force");
    assertThat(run.code()).as(run.toString()).isZero();
    browser.manage().logs().get(LogType.PERFORMANCE);  // forget what earlier pages logged
    browser.manage().logs().get(LogType.BROWSER);
    browser.get(file.toUri().toString());
    return file;
  }

  private static Object script(String code) {
    return ((JavascriptExecutor) browser).executeScript(code);
  }

  @Test
  void the_swedish_report_loads_from_the_file_alone_without_a_console_error() throws IOException {
    Path file = open("sv");

    List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage).toList();
    assertThat(errors).as("console errors and warnings").isEmpty();
    assertThat(requests()).as("requests the page made").containsOnly(file.toUri().toString());
    assertThat(script("return performance.getEntriesByType('resource').length")).isEqualTo(0L);
    String html = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(html).doesNotContain("<link").doesNotContain("<script").doesNotContain("<img").doesNotContain("@import")
        .doesNotContainPattern("url\\(\\s*['\"]?(?!#)").doesNotContainPattern("(src|href)=\"(?!#)");
  }

  /** The URLs of every request the page sent, from chromium's performance log. */
  private static List<String> requests() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> urls = new ArrayList<>();
    for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE).getAll()) {
      JsonNode message = json.readTree(entry.getMessage()).path("message");
      if (message.path("method").asText().equals("Network.requestWillBeSent")) {
        urls.add(message.path("params").path("request").path("url").asText());
      }
    }
    return urls;
  }

  @Test
  void the_timeline_and_every_finding_are_visible_and_the_page_prints_to_pdf() throws IOException {
    open("sv");

    WebElement timeline = browser.findElement(By.cssSelector("#timeline figure.timeline svg"));
    assertThat(timeline.isDisplayed()).isTrue();
    assertThat(timeline.getSize().getWidth()).isGreaterThan(600);
    assertThat(timeline.findElements(By.cssSelector("g.row"))).hasSizeGreaterThan(5);
    assertThat(timeline.findElements(By.cssSelector("g.cell g.mark.missed"))).isNotEmpty();
    List<WebElement> findings = browser.findElements(By.cssSelector("article.finding"));
    assertThat(findings).hasSize(expected.getFindings().size());
    for (WebElement finding : findings) {
      assertThat(finding.isDisplayed()).as(finding.getText()).isTrue();
      assertThat(finding.findElement(By.cssSelector("blockquote[lang=sv]")).getText()).isNotBlank();
    }
    assertThat(browser.findElement(By.id("coverage")).getText()).contains("VA2021/A1").contains("VIS2016/W4");

    byte[] pdf = Base64.getDecoder().decode(browser.print(new PrintOptions()).getContent());
    Files.write(TARGET.resolve("report-sv.pdf"), pdf);
    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    // every section from the timeline on starts a page of its own
    assertThat(pages(pdf)).isGreaterThanOrEqualTo(5);

    browser.manage().window().setSize(new Dimension(1280, 2000));
    byte[] picture = browser.getScreenshotAs(OutputType.BYTES);
    Path screenshot = TARGET.resolve("report-sv.png");
    Files.write(screenshot, picture);
    assertThat(picture).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    if (Boolean.getBoolean("vanort.updateScreenshot")) {
      Files.copy(screenshot, RepositoryFiles.file("docs/images/report-sv.png"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static int pages(byte[] pdf) {
    Matcher page = Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    int count = 0;
    while (page.find()) {
      count++;
    }
    return count;
  }

  @Test
  void the_page_has_a_language_headings_in_order_and_table_headers() {
    open("sv");

    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("sv");
    @SuppressWarnings("unchecked")
    List<Long> levels = (List<Long>) script(
        "return Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6')).map(h => Number(h.tagName.substring(1)))");
    assertThat(levels.get(0)).isEqualTo(1L);
    assertThat(levels.stream().filter(level -> level == 1L)).hasSize(1);
    for (int i = 1; i < levels.size(); i++) {
      assertThat(levels.get(i)).as("heading %d of %s", i, levels).isLessThanOrEqualTo(levels.get(i - 1) + 1);
    }
    List<WebElement> tables = browser.findElements(By.tagName("table"));
    assertThat(tables).hasSizeGreaterThanOrEqualTo(3);
    for (WebElement table : tables) {
      assertThat(table.findElements(By.cssSelector("thead th[scope=col]"))).isNotEmpty();
      assertThat(table.findElements(By.cssSelector("th:not([scope])"))).isEmpty();
      assertThat(table.findElements(By.cssSelector("tbody tr"))).allSatisfy(row ->
          assertThat(row.findElements(By.cssSelector("th[scope=row]"))).hasSize(1));
    }
  }

  @Test
  void colour_is_never_the_only_cue() {
    open("sv");

    // each status of the timeline has a shape of its own, and the legend names it in words
    @SuppressWarnings("unchecked")
    Map<String, String> shapes = (Map<String, String>) script("""
        const shapes = {};
        document.querySelectorAll('#timeline g.legend g.mark').forEach(mark => {
          shapes[mark.dataset.status] = Array.from(mark.children).map(shape => shape.tagName + ':'
              + (shape.getAttribute('fill') === '#fff' || shape.getAttribute('fill') === 'none' ? 'open' : 'filled')
              + ':' + (shape.getAttribute('stroke-dasharray') ? 'dashed' : 'solid')
              + ':' + (shape.getAttribute('d') || '').replace(/[-\\d.]+/g, '#')).join('+');
        });
        return shapes;""");
    assertThat(shapes).containsOnlyKeys("done", "due", "missed", "optional");
    assertThat(shapes.values()).doesNotHaveDuplicates();
    assertThat(browser.findElement(By.cssSelector("#timeline g.legend")).getText())
        .contains("genomförd", "att göra", "inte genomförd", "frivillig");
    // a finding's strength is written on it, not only coloured, and its border differs in style too
    for (WebElement badge : browser.findElements(By.cssSelector(".badge"))) {
      assertThat(badge.getText()).isIn("SKA", "BÖR", "FÅR");
    }
    String shall = browser.findElement(By.cssSelector("article.finding.shall")).getCssValue("border-left-style");
    String should = browser.findElement(By.cssSelector("article.finding.should")).getCssValue("border-left-style");
    assertThat(shall).isNotEqualTo(should);
  }

  @Test
  void the_english_report_quotes_each_clause_in_swedish_and_renders_it_in_english() {
    open("en");

    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
    assertThat(browser.findElements(By.cssSelector("article.finding blockquote[lang=sv]")))
        .hasSize(expected.getFindings().size());
    assertThat(browser.findElements(By.cssSelector("article.finding blockquote[lang=en]")))
        .hasSize(expected.getFindings().size());
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Review of the international work of Vimmerby kommun");
  }
}
