package se.vanort.adapters.cli;

import java.io.IOException;
import java.io.Writer;
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
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import se.vanort.domain.register.Register;
import se.vanort.rules.Messages;
import se.vanort.rules.query.DueCalendar;
import se.vanort.rules.query.DueItem;

/** Writes a due calendar as an iCalendar file: one all-day event per item, with a stable UID. */
final class Calendars {
  private Calendars() {}

  static void write(Path file, DueCalendar calendar, Register register, Texts texts) throws IOException {
    Messages messages = texts.messages();
    Calendar ical = new Calendar();
    ical.add(new ProdId("-//vanort//vanort due//" + texts.language().name()));
    ical.add(ImmutableVersion.VERSION_2_0);
    ical.add(ImmutableCalScale.GREGORIAN);
    // The stamp is the as-of date, not the clock, so that the same register gives the same file.
    DtStamp stamp = new DtStamp(calendar.getAsOf().atStartOfDay().toInstant(ZoneOffset.UTC));
    for (DueItem item : calendar.getItems()) {
      String status = DueCommand.status(item.getStatus(), messages);
      VEvent event = new VEvent(item.getDate(), item.description(messages) + " [" + status + "]");
      event.replace(stamp);
      event.add(new Uid(item.getUid() + "@" + register.getId() + ".vanort"));
      event.add(new Description(item.getClause() + " (" + item.getRule() + "): " + status
          + (item.getRecords().isEmpty() ? "" : "; " + String.join(", ", item.getRecords()))));
      event.add(new Categories(Slugs.of(item.getKind())));
      ical.add(event);
    }
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      new CalendarOutputter(false).output(ical, writer);
    } catch (ValidationException e) {
      throw new IllegalStateException("the calendar is not valid iCalendar: " + e.getMessage(), e);
    }
  }
}
