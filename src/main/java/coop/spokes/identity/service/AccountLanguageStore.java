package coop.spokes.identity.service;

import coop.spokes.identity.infra.AccountRepository;
import coop.spokes.identity.model.UserAccount;
import coop.spokes.platform.i18n.UserLanguageStore;
import coop.spokes.platform.security.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Keeps a signed-in user's language in their account (for the platform's language switch). */
@ApplicationScoped
public class AccountLanguageStore implements UserLanguageStore {
  @Inject Access access;
  @Inject AccountRepository accounts;

  /** The stored language of the account signed in as {@code loginName}. For the signed-in user. */
  @Override
  @Transactional
  public Optional<String> languageOf(String loginName) {
    access.requireSignedIn();
    return accounts.findByEmail(loginName).map(UserAccount::getLanguage);
  }

  /** Stores the signed-in user's language choice. */
  @Override
  @Transactional
  public void storeLanguage(String loginName, String language) {
    long self = access.requireUserId();
    accounts
        .findByEmail(loginName)
        .filter(a -> a.getId() == self)
        .ifPresent(a -> a.changeLanguage(language));
  }
}
