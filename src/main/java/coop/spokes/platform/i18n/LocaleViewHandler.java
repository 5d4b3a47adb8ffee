package coop.spokes.platform.i18n;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * Chooses the language of every page: the signed-in user's stored language; for visitors the
 * language cookie set by the language switch; on a first visit the best supported match of the
 * browser's Accept-Language; English when nothing matches or the header is missing (the container
 * would otherwise report the JVM's default locale as if the browser had asked for it).
 */
public class LocaleViewHandler extends ViewHandlerWrapper {

  public LocaleViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
    return Languages.localeOf(
        LanguageResolver.resolve(request, CDI.current().select(UserLanguageStore.class)));
  }
}
