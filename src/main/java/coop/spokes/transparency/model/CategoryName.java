package coop.spokes.transparency.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A category's name in one language, as admins wrote it. */
@Entity
@Table(name = "transparency_category_name")
@IdClass(CategoryName.Key.class)
public class CategoryName {
  /** The key: category and language. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String categoryCode;
    private String language;

    public Key() {}

    public Key(String categoryCode, String language) {
      this.categoryCode = categoryCode;
      this.language = language;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(categoryCode, k.categoryCode)
          && Objects.equals(language, k.language);
    }

    @Override
    public int hashCode() {
      return Objects.hash(categoryCode, language);
    }
  }

  @Id
  @Column(name = "category_code", length = 30)
  private String categoryCode;

  @Id
  @Column(name = "language", length = 5)
  private String language;

  @Column(name = "name", nullable = false, length = 80)
  private String name;

  protected CategoryName() {}

  /**
   * {@code categoryCode}'s name in {@code language}.
   *
   * @throws TransparencyException {@code transparency.category.name} at field {@code
   *     name_<language>}
   */
  public CategoryName(String categoryCode, String language, String name) {
    this.categoryCode = categoryCode;
    this.language = language;
    rename(name);
  }

  /**
   * Renames it.
   *
   * @throws TransparencyException {@code transparency.category.name} at field {@code
   *     name_<language>}
   */
  public void rename(String name) {
    if (name == null || name.isBlank() || name.strip().length() > 80) {
      throw new TransparencyException("name_" + language, "transparency.category.name", 80);
    }
    this.name = name.strip();
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public String getLanguage() {
    return language;
  }

  public String getName() {
    return name;
  }
}
