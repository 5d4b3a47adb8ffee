package coop.spokes.testing;

import coop.spokes.platform.web.DemoLogins;

/** Logins of the demo data (db/demo) that integration tests start from. */
public final class DemoData {
  public static final String PASSWORD = DemoLogins.PASSWORD;
  public static final String ADMIN = "admin@spokes.example";
  public static final String MANAGER_ES = "manager.es@spokes.example";
  public static final String MANAGER_UK = "manager.uk@spokes.example";
  public static final String TREASURER = "treasurer@spokes.example";
  public static final long CUSTODIAN_ES = 1;
  public static final long CUSTODIAN_UK = 2;
  public static final long CUSTODIAN_QC = 3;
  public static final long CUSTODIAN_NZ = 4;

  private DemoData() {}
}
