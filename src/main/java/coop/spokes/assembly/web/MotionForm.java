package coop.spokes.assembly.web;

import coop.spokes.assembly.service.MotionSettings;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A motion as the chairs' form edits it (options one per line). */
public class MotionForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String title;
  private String body;
  private String kind = "yes-no";
  private String options;
  private int seats = 1;
  private String threshold = "1/2";
  private boolean atLeast;
  private String base = "cast-excluding-abstentions";
  private boolean byHeads;
  private List<String> doubleMajority = new ArrayList<>();
  private String quorumFirst;
  private String quorumSecond;
  private boolean secret = true;
  private boolean changeable = true;

  public MotionSettings settings() {
    return new MotionSettings(
        title,
        body,
        kind,
        options == null ? List.of() : Arrays.asList(options.split("\\R")),
        seats,
        threshold,
        atLeast,
        base,
        byHeads,
        doubleMajority,
        quorumFirst,
        quorumSecond,
        secret,
        changeable);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getOptions() {
    return options;
  }

  public void setOptions(String options) {
    this.options = options;
  }

  public int getSeats() {
    return seats;
  }

  public void setSeats(int seats) {
    this.seats = seats;
  }

  public String getThreshold() {
    return threshold;
  }

  public void setThreshold(String threshold) {
    this.threshold = threshold;
  }

  public boolean isAtLeast() {
    return atLeast;
  }

  public void setAtLeast(boolean atLeast) {
    this.atLeast = atLeast;
  }

  public String getBase() {
    return base;
  }

  public void setBase(String base) {
    this.base = base;
  }

  public boolean isByHeads() {
    return byHeads;
  }

  public void setByHeads(boolean byHeads) {
    this.byHeads = byHeads;
  }

  public List<String> getDoubleMajority() {
    return doubleMajority;
  }

  public void setDoubleMajority(List<String> doubleMajority) {
    this.doubleMajority = doubleMajority;
  }

  public String getQuorumFirst() {
    return quorumFirst;
  }

  public void setQuorumFirst(String quorumFirst) {
    this.quorumFirst = quorumFirst;
  }

  public String getQuorumSecond() {
    return quorumSecond;
  }

  public void setQuorumSecond(String quorumSecond) {
    this.quorumSecond = quorumSecond;
  }

  public boolean isSecret() {
    return secret;
  }

  public void setSecret(boolean secret) {
    this.secret = secret;
  }

  public boolean isChangeable() {
    return changeable;
  }

  public void setChangeable(boolean changeable) {
    this.changeable = changeable;
  }
}
