package coop.spokes.platform.web;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Forces the Secure flag on the session cookie when {@code spokes.cookie.secure} is true (behind a
 * TLS-terminating proxy the container cannot see HTTPS). Payara's default otherwise is "Secure when
 * the request is"; calling {@code setSecure(false)} would turn that into "never", so this only ever
 * sets true. HttpOnly and SameSite=Lax come from web.xml and glassfish-web.xml. Registered in
 * META-INF/services so it runs before Faces initialises.
 */
public class CookieSecurityInitializer implements ServletContainerInitializer {

  @Override
  public void onStartup(Set<Class<?>> classes, ServletContext context) {
    boolean secure =
        ConfigProvider.getConfig()
            .getOptionalValue("spokes.cookie.secure", Boolean.class)
            .orElse(false);
    if (secure) {
      context.getSessionCookieConfig().setSecure(true);
    }
  }
}
