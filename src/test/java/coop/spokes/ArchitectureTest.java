package coop.spokes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import coop.spokes.platform.security.Access;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of ARCHITECTURE.md, enforced: no cycles between contexts, each context
 * depends only on the contexts below it ({@code privacy} on top, imported by nothing; {@code
 * transparency} never imports {@code node}), nothing outside a context touches its {@code model} or
 * {@code infra}, pages never use {@code infra}, every public service method starts with an access
 * check, and one that takes a record's id checks the caller's scope for it.
 */
class ArchitectureTest {
  /**
   * Each context and the contexts it may depend on (ARCHITECTURE.md "Dependencies point one way").
   */
  static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

  static {
    ALLOWED.put("platform", Set.of());
    ALLOWED.put("audit", Set.of("platform"));
    ALLOWED.put("identity", Set.of("platform", "audit"));
    ALLOWED.put("custodian", Set.of("platform", "audit", "identity"));
    ALLOWED.put("membership", Set.of("platform", "audit", "identity", "custodian"));
    ALLOWED.put("timesheet", Set.of("platform", "audit", "identity", "custodian", "membership"));
    ALLOWED.put(
        "contribution",
        Set.of("platform", "audit", "identity", "custodian", "membership", "timesheet"));
    ALLOWED.put(
        "assembly",
        Set.of(
            "platform",
            "audit",
            "identity",
            "custodian",
            "membership",
            "timesheet",
            "contribution"));
    // transparency finds meeting-hours in contribution's resource ledger: it never imports node.
    ALLOWED.put(
        "transparency",
        Set.of(
            "platform",
            "audit",
            "identity",
            "custodian",
            "membership",
            "timesheet",
            "contribution"));
    ALLOWED.put(
        "node",
        Set.of(
            "platform",
            "audit",
            "identity",
            "custodian",
            "membership",
            "timesheet",
            "contribution"));
    // privacy sits on top: it calls every context's export and erasure; nothing imports it.
    ALLOWED.put(
        "privacy",
        Set.of(
            "platform",
            "audit",
            "identity",
            "custodian",
            "membership",
            "timesheet",
            "contribution",
            "assembly",
            "transparency",
            "node"));
  }

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("coop.spokes");
  }

  @Test
  void contextsAreFreeOfCycles() {
    slices().matching("coop.spokes.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void everyContextDependsOnlyOnTheContextsBelowIt() {
    for (var context : ALLOWED.entrySet()) {
      List<String> forbidden =
          ALLOWED.keySet().stream()
              .filter(
                  other -> !other.equals(context.getKey()) && !context.getValue().contains(other))
              .map(other -> "coop.spokes." + other + "..")
              .toList();
      noClasses()
          .that()
          .resideInAPackage("coop.spokes." + context.getKey() + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(forbidden.toArray(String[]::new))
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  @Test
  void nothingImportsPrivacyAndTransparencyNeverImportsNode() {
    noClasses()
        .that()
        .resideOutsideOfPackage("coop.spokes.privacy..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("coop.spokes.privacy..")
        .allowEmptyShould(true)
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("coop.spokes.transparency..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("coop.spokes.node..")
        .allowEmptyShould(true)
        .check(classes);
  }

  /**
   * The tally is a plain-Java core (ARCHITECTURE.md): no container, no other context, so that the
   * recount command counts with the very classes the server uses; JSON through JSON-P and the
   * Jackson streaming parser only. The command itself uses nothing of the server.
   */
  @Test
  void theTallyAndTheCommandNeedNoContainer() {
    classes()
        .that()
        .resideInAPackage("coop.spokes.assembly.tally..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "jakarta.json..",
            "com.fasterxml.jackson.core..",
            "coop.spokes.assembly.tally..")
        .check(classes);
    classes()
        .that()
        .resideInAPackage("coop.spokes.cli..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..", "jakarta.json..", "coop.spokes.assembly.tally..", "coop.spokes.cli..")
        .check(classes);
  }

  /**
   * The period report's arithmetic is plain Java (transparency.report): it is worked out from
   * figures the services read, so a unit test checks it on a period written out by hand.
   */
  @Test
  void theReportArithmeticNeedsNoContainer() {
    classes()
        .that()
        .resideInAPackage("coop.spokes.transparency.report..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "coop.spokes.transparency.report..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void pagesNeverUseInfra() {
    noClasses()
        .that()
        .resideInAPackage("coop.spokes..web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("coop.spokes..infra..")
        .check(classes);
  }

  /**
   * A public service method that takes a record's id ({@code long} or {@code Long} parameter named
   * {@code ...Id}) checks the caller's scope for it through {@link Access} (a grant's scope, or the
   * record's owner), not only that someone is signed in or holds a role somewhere: an id typed by a
   * user may be another custodian's.
   */
  @Test
  void serviceMethodsTakingARecordIdCheckScope() {
    publicServiceMethods()
        .and(takeARecordId())
        .should(callAnyOfAccess(SCOPE_CHECKS))
        .check(classes);
  }

  /** The public methods of the services ({@code @ApplicationScoped} in a context's service). */
  static com.tngtech.archunit.lang.syntax.elements.GivenMethodsConjunction publicServiceMethods() {
    return methods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage("coop.spokes.*.service..")
        .and()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(ApplicationScoped.class);
  }

  /** The {@link Access} methods that check a scope (or mark a method public or internal). */
  static final Set<String> SCOPE_CHECKS =
      Set.of(
          "require",
          "requireAny",
          "requireToSee",
          "requireAnyToSee",
          "requireOwn",
          "requireRoleOver",
          "permitPublic",
          "permitInternal");

  static com.tngtech.archunit.base.DescribedPredicate<JavaMethod> takeARecordId() {
    return com.tngtech.archunit.base.DescribedPredicate.describe(
        "take a record id",
        m ->
            java.util.Arrays.stream(m.reflect().getParameters())
                .anyMatch(
                    p ->
                        (p.getType() == long.class || p.getType() == Long.class)
                            && p.getName().endsWith("Id")));
  }

  /**
   * Whether {@code m} calls one of {@code names} of {@link Access}, itself or through the private
   * methods of its own class that it calls (a service's {@code load(id)} that checks the scope).
   */
  static boolean callsAccess(JavaMethod m, Set<String> names, Set<JavaMethod> seen) {
    if (!seen.add(m)) {
      return false;
    }
    for (var c : m.getMethodCallsFromSelf()) {
      if (c.getTargetOwner().isEquivalentTo(Access.class) && names.contains(c.getName())) {
        return true;
      }
      if (c.getTargetOwner().equals(m.getOwner())) {
        for (JavaMethod target : c.getTarget().resolveMember().stream().toList()) {
          if (target.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PRIVATE)
              && callsAccess(target, names, seen)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  static ArchCondition<JavaMethod> callAnyOfAccess(Set<String> names) {
    return new ArchCondition<>("call one of Access." + names) {
      @Override
      public void check(JavaMethod m, ConditionEvents events) {
        boolean ok = callsAccess(m, names, new java.util.HashSet<>());
        events.add(
            new SimpleConditionEvent(
                m, ok, m.getFullName() + (ok ? " checks scope" : " checks no scope")));
      }
    };
  }

  @Test
  void nothingOutsideAContextTouchesItsModelOrInfra() {
    for (String context : ALLOWED.keySet()) {
      noClasses()
          .that()
          .resideOutsideOfPackage("coop.spokes." + context + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "coop.spokes." + context + ".model..", "coop.spokes." + context + ".infra..")
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  @Test
  void everyPublicServiceMethodStartsWithAnAccessCheck() {
    publicServiceMethods().should(startWithAnAccessCheck()).check(classes);
  }

  /**
   * A context's services hand out their own records, never the JPA entities (or embeddables) of a
   * {@code model}, not even inside a list, page, map or optional: a caller holding an entity could
   * lazy-load or change it outside the service's transaction and access check, and another context
   * would come to depend on the owner's tables. Plain value types of a model (enums, a calendar
   * record) may still be handed out.
   */
  @Test
  void serviceMethodsNeverReturnEntities() {
    methods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage("coop.spokes.*.service..")
        .should(returnNoEntity())
        .check(classes);
  }

  static ArchCondition<JavaMethod> returnNoEntity() {
    return new ArchCondition<>("return no entity or embeddable of a model") {
      @Override
      public void check(JavaMethod m, ConditionEvents events) {
        List<String> entities =
            m.getReturnType().getAllInvolvedRawTypes().stream()
                .filter(t -> t.getPackageName().matches("coop\\.spokes\\..*\\.model(\\..*)?"))
                .filter(
                    t ->
                        t.isAnnotatedWith(jakarta.persistence.Entity.class)
                            || t.isAnnotatedWith(jakarta.persistence.Embeddable.class))
                .map(com.tngtech.archunit.core.domain.JavaClass::getSimpleName)
                .toList();
        events.add(
            new SimpleConditionEvent(
                m,
                entities.isEmpty(),
                m.getFullName()
                    + (entities.isEmpty()
                        ? " returns no entity"
                        : " returns entities " + entities)));
      }
    };
  }

  @Test
  void pagesAndResourcesNeverCallInternalServiceMethods() {
    noClasses()
        .that()
        .resideInAnyPackage("coop.spokes..web..", "coop.spokes..api..")
        .should()
        .callMethodWhere(
            com.tngtech.archunit.base.DescribedPredicate.describe(
                "a service method meant for other services (name ends with Internal)",
                call -> call.getName().endsWith("Internal")))
        .check(classes);
  }

  @Test
  void internalServiceMethodsDeclareThemselvesInternal() {
    methods()
        .that()
        .arePublic()
        .and()
        .haveNameMatching(".*Internal")
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage("coop.spokes.*.service..")
        .should(callAccess("permitInternal"))
        .check(classes);
  }

  static ArchCondition<JavaMethod> callAccess(String method) {
    return new ArchCondition<>("call Access." + method) {
      @Override
      public void check(JavaMethod m, ConditionEvents events) {
        boolean ok =
            m.getMethodCallsFromSelf().stream()
                .anyMatch(
                    c ->
                        c.getTargetOwner().isEquivalentTo(Access.class)
                            && c.getName().equals(method));
        events.add(
            new SimpleConditionEvent(
                m,
                ok,
                m.getFullName() + (ok ? " calls " : " does not call ") + "Access." + method));
      }
    };
  }

  /**
   * The method calls {@link Access} before anything else: the access call is on the first line that
   * calls anything (arguments such as {@code Grant.admin()} are evaluated on that line).
   */
  static ArchCondition<JavaMethod> startWithAnAccessCheck() {
    return new ArchCondition<>("start with an access check (platform Access)") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        Set<JavaCall<?>> calls = Set.copyOf(method.getCallsFromSelf());
        int firstAccessLine =
            calls.stream()
                .filter(c -> c.getTargetOwner().isEquivalentTo(Access.class))
                .mapToInt(JavaCall::getLineNumber)
                .min()
                .orElse(Integer.MAX_VALUE);
        int firstLine =
            calls.stream().mapToInt(JavaCall::getLineNumber).min().orElse(Integer.MAX_VALUE);
        boolean ok = firstAccessLine != Integer.MAX_VALUE && firstAccessLine <= firstLine;
        events.add(
            new SimpleConditionEvent(
                method,
                ok,
                method.getFullName()
                    + (ok
                        ? " starts with an access check"
                        : " does not start with an access check (platform Access)")));
      }
    };
  }
}
