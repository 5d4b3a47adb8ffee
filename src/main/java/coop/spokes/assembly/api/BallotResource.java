package coop.spokes.assembly.api;

import coop.spokes.assembly.infra.TallyDocuments;
import coop.spokes.assembly.service.VotingService;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.i18n.LanguageResolver;
import coop.spokes.platform.i18n.Languages;
import coop.spokes.platform.i18n.Texts;
import coop.spokes.platform.i18n.UserLanguageStore;
import coop.spokes.platform.security.AccessDeniedException;
import coop.spokes.platform.web.PageScripts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Casting from the vote page without reloading it: {@code POST /api/assembly/ballots}, sent by the
 * page's script ({@code resources/spokes/js/ballot.js}) with the same fields as the ballot form
 * ({@code motion}, {@code voter}, {@code choice} once per option chosen, or {@code split:<option>}
 * for split votes). It casts through {@link VotingService} exactly as the form does (same checks,
 * same transaction, same sealed receipt mail), and answers the receipt and the page's sentence in
 * the reader's language as JSON; a ballot that does not fit answers 400 with the translated
 * sentence to show next to the choices. Without the page's script header it is refused (see {@link
 * PageScripts}): another site cannot make a signed-in member's browser cast.
 *
 * <p>During a vote this is the busiest address of all, so it costs what it must and no more: one
 * instance serves every ballot (a request-scoped resource is built and injected per request), and
 * the answer is written with JSON-P's shared builders rather than bound from a map.
 */
@Path("assembly/ballots")
@ApplicationScoped
public class BallotResource {
  @Inject VotingService voting;
  @Inject Instance<UserLanguageStore> languages;

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  public Response cast(@Context HttpServletRequest request, MultivaluedMap<String, String> form) {
    if (!PageScripts.sentByPage(request)) {
      throw new AccessDeniedException();
    }
    Locale locale = Languages.localeOf(LanguageResolver.resolve(request, languages));
    long motion = id("motion", form.getFirst("motion"));
    long voter = id("voter", form.getFirst("voter"));
    try {
      Map<String, String> split = split(form);
      VotingService.Receipt receipt =
          split.isEmpty()
              ? voting.castWhole(motion, voter, choices(form))
              : voting.castSplit(motion, voter, split);
      return Response.ok(
              TallyDocuments.object()
                  .add("receipt", receipt.code())
                  .add("replaced", receipt.replaced())
                  .add("changeable", receipt.changeable())
                  .add(
                      "message",
                      Texts.text(
                          locale,
                          receipt.replaced() ? "assembly.vote.changed" : "assembly.vote.cast"))
                  .add("hint", Texts.text(locale, "assembly.receipt.hint"))
                  .add("codeLabel", Texts.text(locale, "assembly.receipt.code"))
                  .build()
                  .toString())
          .build();
    } catch (SpokesException e) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(
              TallyDocuments.object()
                  .add("key", e.key())
                  .add("field", e.field() == null ? "" : e.field())
                  .add("message", Texts.text(locale, e.key(), e.args()))
                  .build()
                  .toString())
          .build();
    }
  }

  /** A record id of the form; anything else is a record that does not exist. */
  private static long id(String what, String value) {
    try {
      return Long.parseLong(value == null ? "" : value.strip());
    } catch (NumberFormatException e) {
      throw new coop.spokes.platform.NotFoundException(what, value);
    }
  }

  private static List<String> choices(MultivaluedMap<String, String> form) {
    List<String> chosen = form.get("choice");
    return chosen == null ? List.of() : chosen.stream().distinct().toList();
  }

  /** The split votes as typed, option → part; empty when the ballot is not split. */
  private static Map<String, String> split(MultivaluedMap<String, String> form) {
    Map<String, String> votes = new LinkedHashMap<>();
    form.forEach(
        (name, values) -> {
          if (name.startsWith("split:") && !values.isEmpty() && values.get(0) != null) {
            votes.put(name.substring("split:".length()), values.get(0));
          }
        });
    votes.values().removeIf(String::isBlank);
    return votes;
  }
}
