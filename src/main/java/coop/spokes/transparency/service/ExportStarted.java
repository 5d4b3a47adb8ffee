package coop.spokes.transparency.service;

/**
 * A report export was asked for; its job starts once the request that asked commits, with the
 * custodian's branding read in that request (themes are read through the web application, which a
 * background thread cannot reach).
 */
public record ExportStarted(long exportId, Branding branding) {

  /** The custodian's colour (RGB) and logo (null: none) for a PDF's cover. */
  public record Branding(int[] accent, java.awt.image.BufferedImage logo) {}
}
