package coop.spokes.identity.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules a new password must meet, following OWASP ASVS 5.0.0 section V6.2 (password security).
 *
 * <p>The rules, all of which {@link #problems(String, Collection)} checks:
 *
 * <ul>
 *   <li><b>Length</b>: at least {@value #MIN_LENGTH} and at most {@value #MAX_LENGTH} characters,
 *       counted in Unicode code points, so that an emoji or a letter outside the Basic Multilingual
 *       Plane counts once, as the user sees it. ASVS 6.2.1 demands at least 8 and strongly
 *       recommends 15; this project requires 12, the minimum ASVS 4.0.3 (2.1.1) set. ASVS 6.2.9
 *       demands that at least 64 be allowed; 128 leaves room for long passphrases while bounding
 *       the work the password hash does on attacker-supplied input.
 *   <li><b>No composition rules</b>: no demand for upper case, digits or symbols. ASVS 6.2.5 (like
 *       NIST SP 800-63B) forbids them, because they push people to predictable patterns such as
 *       {@code Password1!} and add nothing over length. Spaces and any Unicode are allowed, and the
 *       password is never trimmed or truncated (ASVS 6.2.8); the case-insensitive comparisons below
 *       only decide whether to refuse it and never change what is hashed.
 *   <li><b>Not a common password</b>: the candidate is refused when it is on a shipped list of
 *       common passwords, compared case-insensitively, or when it is such a password followed by
 *       trailing digits, punctuation, symbols or spaces (see {@link #isCommon(String)}). This meets
 *       ASVS 6.2.4 (at least the top 3,000 passwords) and, offline, 6.2.12 (breached passwords):
 *       the list is drawn from leaked passwords.
 *   <li><b>No context-specific words</b>: the candidate may not contain, case-insensitively, the
 *       word "spokes" nor any context word the caller passes (the user's e-mail local part, names)
 *       that is at least four characters long (ASVS 6.2.11); attackers try exactly these first.
 * </ul>
 *
 * <p>The list is the 30,000-entry "passwords" frequency list of zxcvbn 4.4.2 (npm package {@code
 * zxcvbn}, by Dan Wheeler and Dropbox, Inc., MIT licence), which zxcvbn's README credits to Mark
 * Burnett's corpus of ten million leaked passwords. It is read from the classpath resource {@code
 * coop/spokes/identity/model/common-passwords.txt}, whose header names its source and how it was
 * produced; the licence is beside it in {@code common-passwords.LICENSE.txt}. Shipping the list
 * keeps the check offline: no password, nor a hash of one, leaves the server.
 *
 * <p>Problems are reported as i18n bundle keys, never as English text, so that the web layer can
 * show them in the user's language. Instances are immutable and safe to share between threads.
 */
public final class PasswordPolicy {

  /** The fewest code points a password may have; ASVS 6.2.1 demands at least 8. */
  public static final int MIN_LENGTH = 12;

  /** The most code points a password may have; ASVS requires at least 64 to be allowed (6.2.9). */
  public static final int MAX_LENGTH = 128;

  /** Bundle key: the password has fewer than {@link #MIN_LENGTH} code points. */
  public static final String TOO_SHORT = "identity.password.tooShort";

  /** Bundle key: the password has more than {@link #MAX_LENGTH} code points. */
  public static final String TOO_LONG = "identity.password.tooLong";

  /** Bundle key: the password is a common one, possibly with a trailing suffix. */
  public static final String COMMON = "identity.password.common";

  /** Bundle key: the password contains a context-specific word. */
  public static final String CONTEXTUAL = "identity.password.contextual";

  /**
   * Context words shorter than this are ignored: a two- or three-letter name or e-mail part would
   * match inside too many good passphrases, and adds little for an attacker to guess. The same
   * floor applies to what is left of a candidate once a suffix is stripped, so that "abc" plus
   * digits is not mistaken for a list entry.
   */
  static final int MIN_CONTEXT_WORD_LENGTH = 4;

  /** Always refused, whoever the user: the name of this application. */
  private static final String APPLICATION_WORD = "spokes";

  private static final String RESOURCE = "common-passwords.txt";

  /** Lower-cased common passwords; immutable, hence safe to read from any thread. */
  private final Set<String> common;

  /**
   * Length in code points of the longest entry: a stripped candidate longer than this cannot be on
   * the list, so it is not looked up. This keeps the suffix check linear however long the input an
   * attacker sends.
   */
  private final int longestEntry;

  private PasswordPolicy(Set<String> common) {
    this.common = Set.copyOf(common);
    this.longestEntry =
        this.common.stream()
            .mapToInt(entry -> entry.codePointCount(0, entry.length()))
            .max()
            .orElse(0);
  }

  /**
   * The policy with the shipped common-password list.
   *
   * <p>The list is read once, on first use, and shared; later calls are free.
   *
   * @return the standard policy
   * @throws IllegalStateException if the list is missing from the classpath or empty, since a
   *     policy that silently accepted every common password would be worse than one that fails
   *     loudly at start-up
   * @throws UncheckedIOException if the list cannot be read
   */
  public static PasswordPolicy standard() {
    return Holder.STANDARD;
  }

  /**
   * A policy with a given list instead of the shipped one, so that tests can pin down edge cases
   * that the real list cannot show (it has no entry shorter than four characters).
   *
   * @param commonPasswords the passwords to refuse; compared case-insensitively
   * @return a policy refusing those passwords
   */
  static PasswordPolicy withList(Collection<String> commonPasswords) {
    Set<String> lower = new HashSet<>();
    for (String entry : commonPasswords) {
      lower.add(entry.toLowerCase(Locale.ROOT));
    }
    return new PasswordPolicy(lower);
  }

  /**
   * Initialization-on-demand holder: the JVM runs this class's initialiser exactly once, when
   * {@link #standard()} first touches it, and publishes the result safely to every thread without
   * locks.
   */
  private static final class Holder {
    static final PasswordPolicy STANDARD = new PasswordPolicy(loadList());
  }

  private static Set<String> loadList() {
    InputStream in = PasswordPolicy.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(
          "Classpath resource "
              + RESOURCE
              + " not found next to "
              + PasswordPolicy.class.getName());
    }
    Set<String> entries = new HashSet<>(40_000);
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String entry = line.strip();
        if (entry.isEmpty() || entry.startsWith("#")) {
          continue;
        }
        // The file is already lower case; lower-casing again keeps the lookup correct
        // should someone append entries by hand.
        entries.add(entry.toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + RESOURCE, e);
    }
    if (entries.isEmpty()) {
      throw new IllegalStateException("Classpath resource " + RESOURCE + " holds no passwords");
    }
    return entries;
  }

  /**
   * Checks a candidate password against every rule.
   *
   * @param candidate the password as typed, neither trimmed nor normalised; {@code null} is treated
   *     as the empty string
   * @param contextWords words specific to this user that the password may not contain, such as the
   *     e-mail address or its local part, the first and last name; an entry holding '@' is reduced
   *     to the part before the last '@', and each entry is also split at characters that are
   *     neither letters nor digits, so that "jane.doe@example.org" yields "jane.doe", "jane" and
   *     "doe". Words shorter than four code points are ignored; {@code null} collections and
   *     entries are allowed. The word "spokes" is always checked.
   * @return the bundle keys of the problems found, in the order {@link #TOO_SHORT}, {@link
   *     #TOO_LONG}, {@link #COMMON}, {@link #CONTEXTUAL}; an immutable list, empty when the
   *     password is acceptable
   */
  public List<String> problems(String candidate, Collection<String> contextWords) {
    String password = candidate == null ? "" : candidate;
    List<String> problems = new ArrayList<>(4);

    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      problems.add(TOO_SHORT);
    }
    if (length > MAX_LENGTH) {
      problems.add(TOO_LONG);
    }
    if (isCommon(password)) {
      problems.add(COMMON);
    }
    if (containsContextWord(password, contextWords)) {
      problems.add(CONTEXTUAL);
    }
    return List.copyOf(problems);
  }

  /**
   * Whether a candidate is a common password.
   *
   * <p>It is when, lower-cased, it is on the list; or when removing some of its trailing characters
   * that are not letters (digits, punctuation, symbols, spaces) leaves a list entry of at least
   * four code points. Every cut inside that trailing run is tried, so {@code "password2024!"}
   * matches {@code password} and {@code "trustno1!"} matches {@code trustno1}. This is the
   * commonest way people stretch a listed password to pass a length rule, and attackers' rule sets
   * append digits and symbols first. Letters are never removed, and nothing is removed from the
   * front, so a listed word merely starting a longer phrase ({@code "passwordkeeper"}) is not
   * refused for that.
   *
   * @param candidate the password as typed; {@code null} counts as the empty string, which is not
   *     common
   * @return {@code true} if the candidate is, or merely extends with a suffix, a listed password
   */
  public boolean isCommon(String candidate) {
    if (candidate == null || candidate.isEmpty()) {
      return false;
    }
    String lower = candidate.toLowerCase(Locale.ROOT);
    if (common.contains(lower)) {
      return true;
    }
    int end = lower.length();
    int codePoints = lower.codePointCount(0, end);
    while (end > 0) {
      int last = lower.codePointBefore(end);
      if (Character.isLetter(last)) {
        break;
      }
      end -= Character.charCount(last);
      codePoints--;
      if (codePoints < MIN_CONTEXT_WORD_LENGTH) {
        break;
      }
      if (codePoints <= longestEntry && common.contains(lower.substring(0, end))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The number of distinct passwords on the list.
   *
   * @return the size of the common-password list
   */
  public int size() {
    return common.size();
  }

  private static boolean containsContextWord(String password, Collection<String> contextWords) {
    String lower = password.toLowerCase(Locale.ROOT);
    for (String word : contextTerms(contextWords)) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The lower-cased words to look for: "spokes", each context word, and its parts. */
  private static Set<String> contextTerms(Collection<String> contextWords) {
    Set<String> terms = new LinkedHashSet<>();
    terms.add(APPLICATION_WORD);
    if (contextWords == null) {
      return terms;
    }
    for (String word : contextWords) {
      if (word == null) {
        continue;
      }
      String lower = word.strip().toLowerCase(Locale.ROOT);
      int at = lower.lastIndexOf('@');
      if (at >= 0) {
        // The domain is shared by many users and says little about this one; the local
        // part is what people reuse in their passwords.
        lower = lower.substring(0, at);
      }
      addIfLongEnough(terms, lower);
      // "jane.doe" or "Anna-Lena Schmidt": each part on its own is as guessable as the whole.
      for (String part : lower.split("[^\\p{L}\\p{N}]+")) {
        addIfLongEnough(terms, part);
      }
    }
    return terms;
  }

  private static void addIfLongEnough(Set<String> terms, String term) {
    if (term.codePointCount(0, term.length()) >= MIN_CONTEXT_WORD_LENGTH) {
      terms.add(term);
    }
  }
}
