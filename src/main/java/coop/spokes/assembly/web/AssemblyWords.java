package coop.spokes.assembly.web;

import coop.spokes.assembly.service.SchemeWords;
import coop.spokes.platform.web.FacesMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * Puts the scheme's and a motion's plain words in the reader's language: an argument written
 * {@code @key} is itself translated (a class name, "at least"), the others are shown as they are.
 */
@Named
@ApplicationScoped
public class AssemblyWords {

  /** One sentence of {@link SchemeWords}, translated. */
  public String text(SchemeWords.Line line) {
    Object[] args =
        line.args().stream()
            .map(a -> a.startsWith("@") ? FacesMessages.text(a.substring(1)) : a)
            .toArray();
    return FacesMessages.text(line.key(), args);
  }

  /** A class or kind code (PRODUCER, ORGANISATION), translated. */
  public String code(String code) {
    return code == null ? "" : FacesMessages.text("assembly.code." + code.toUpperCase(Locale.ROOT));
  }
}
