package se.vanort.adapters.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import se.vanort.domain.Kebab;
import se.vanort.domain.register.Register;
import se.vanort.rules.Messages;
import se.vanort.rules.query.DueCalendar;
import se.vanort.rules.query.DueItem;
import se.vanort.rules.obligation.DueStatus;

/**
 * Writes a due calendar as an iCalendar file (RFC 5545): one all-day event per item on its date,
 * with a stable UID and a STATUS (done: CONFIRMED; due and optional: TENTATIVE; missed: CANCELLED),
 * the calendar named by X-WR-CALNAME, lines folded at 75 octets of UTF-8.
 */
final class Calendars {
  /** The longest content line RFC 5545 allows, in octets, without the line break. */
  static final int LINE_OCTETS = 75;

  private Calendars() {}

  static void write(Path file, DueCalendar calendar, Register register, Texts texts) throws IOException {
    Files.writeString(file, text(calendar, register, texts), StandardCharsets.UTF_8);
  }

  /** The calendar as the text of an iCalendar file. */
  static String text(DueCalendar calendar, Register register, Texts texts) {
    Messages messages = texts.messages();
    Calendar ical = new Calendar();
    ical.add(new ProdId("-//vanort//vanort due//" + texts.language().name()));
    ical.add(ImmutableVersion.VERSION_2_0);
    ical.add(ImmutableCalScale.GREGORIAN);
    ical.add(new XProperty("X-WR-CALNAME", texts.get("due.calendar-name", register.getId(),
        calendar.getRange().from(), calendar.getRange().to())));
    // The stamp is the as-of date, not the clock, so that the same register gives the same file.
    DtStamp stamp = new DtStamp(calendar.getAsOf().atStartOfDay().toInstant(ZoneOffset.UTC));
    for (DueItem item : calendar.getItems()) {
      String status = DueCommand.status(item.getStatus(), messages);
      VEvent event = new VEvent(item.getDate(), item.description(messages) + " [" + status + "]");
      event.replace(stamp);
      event.add(new Uid(item.getUid() + "@" + register.getId() + ".vanort"));
      event.add(status(item.getStatus()));
      event.add(new Description(item.getClause() + " (" + item.getRule() + "): " + status
          + (item.getRecords().isEmpty() ? "" : "; " + String.join(", ", item.getRecords()))));
      event.add(new Categories(Kebab.of(item.getKind())));
      ical.add(event);
    }
    StringWriter unfolded = new StringWriter();
    try {
      new CalendarOutputter(false).output(ical, unfolded);
    } catch (ValidationException | IOException e) {
      throw new IllegalStateException("the calendar is not valid iCalendar: " + e.getMessage(), e);
    }
    // ical4j folds by characters; unfolded (RFC 5545 3.1), the file is folded again by octets.
    return fold(unfolded.toString().replace("\r\n ", "").replace("\r\n\t", ""));
  }

  private static Status status(DueStatus status) {
    return switch (status) {
      case DONE -> ImmutableStatus.VEVENT_CONFIRMED;
      case DUE, OPTIONAL -> ImmutableStatus.VEVENT_TENTATIVE;
      case MISSED -> ImmutableStatus.VEVENT_CANCELLED;
    };
  }

  /**
   * {@code text}'s CRLF-separated content lines folded so that no line is longer than 75 octets of
   * UTF-8: a longer line goes on after CRLF and a space, never inside a character.
   */
  static String fold(String text) {
    StringBuilder folded = new StringBuilder(text.length() + text.length() / 40);
    for (String line : text.split("\r\n")) {
      int octets = 0;
      int limit = LINE_OCTETS;
      for (int i = 0; i < line.length(); ) {
        int codePoint = line.codePointAt(i);
        int size = utf8Octets(codePoint);
        if (octets + size > limit) {
          folded.append("\r\n ");
          octets = 1;
        }
        folded.appendCodePoint(codePoint);
        octets += size;
        i += Character.charCount(codePoint);
      }
      folded.append("\r\n");
    }
    return folded.toString();
  }

  private static int utf8Octets(int codePoint) {
    return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
}
