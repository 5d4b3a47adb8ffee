package coop.spokes;

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
 * depends only on the contexts below it, nothing outside a context touches its {@code model} or
 * {@code infra}, and every public service method starts with an access check.
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
    ALLOWED.put("privacy", Set.of("platform", "audit", "identity", "custodian", "membership"));
    ALLOWED.put(
        "assembly",
        Set.of(
            "platform",
            "audit",
            "identity",
            "custodian",
            "membership",
            "timesheet",
            "contribution",
            "privacy"));
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
    methods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage("coop.spokes.*.service..")
        .and()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(ApplicationScoped.class)
        .should(startWithAnAccessCheck())
        .check(classes);
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
