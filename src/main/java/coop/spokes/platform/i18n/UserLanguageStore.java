package coop.spokes.platform.i18n;

import java.util.Optional;

/**
 * Remembers a signed-in user's language. Implemented by the identity context (which owns the
 * account) and discovered by CDI.
 */
public interface UserLanguageStore {

  /** The language stored for the user signed in under {@code loginName}. */
  Optional<String> languageOf(String loginName);

  /** Stores the language of the user signed in under {@code loginName}. */
  void storeLanguage(String loginName, String language);
}
