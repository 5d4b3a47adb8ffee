package coop.spokes.platform.web;

import java.util.List;

/**
 * The demo logins printed when Spokes is ready with demo data on; they match db/demo and the README
 * (DemoDataIT checks that each one signs in).
 */
public final class DemoLogins {
  public static final String PASSWORD = "demo-cooperative-2026";

  /** Login and what it shows. */
  public static final List<String[]> LOGINS =
      List.of(
          new String[] {"admin@spokes.example", "admin: custodians, users and roles, audit log"},
          new String[] {"treasurer@spokes.example", "treasurer of all custodians"},
          new String[] {"manager.es@spokes.example", "manager of Xarxa Comuna (Barcelona, ca/es)"},
          new String[] {"manager.uk@spokes.example", "manager of Steel City (Sheffield, en)"},
          new String[] {"manager.qc@spokes.example", "manager of Érable (Montréal, fr/en)"},
          new String[] {"manager.nz@spokes.example", "manager of Harbour Tech (Wellington, en)"},
          new String[] {"nuria.soler@members.example", "a person with no role yet (Barcelona)"});

  private DemoLogins() {}
}
