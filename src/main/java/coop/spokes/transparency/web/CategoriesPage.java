package coop.spokes.transparency.web;

import coop.spokes.platform.SpokesException;
import coop.spokes.platform.i18n.Languages;
import coop.spokes.platform.web.FacesMessages;
import coop.spokes.transparency.service.CategoryRow;
import coop.spokes.transparency.service.ExpenseService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Admins name the expense categories in every language ({@code categories.xhtml}); the names show
 * on claims, reports and the public page.
 */
@Named
@ViewScoped
public class CategoriesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ExpenseService expenses;

  private List<Row> rows;

  /** A category and its names being edited, by language. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final Map<String, String> names;

    Row(String code, Map<String, String> names) {
      this.code = code;
      this.names = new HashMap<>(names);
    }

    public String getCode() {
      return code;
    }

    public Map<String, String> getNames() {
      return names;
    }
  }

  public void load() {
    expenses.requireCategoryEditor();
    rows = new ArrayList<>();
    for (CategoryRow c : expenses.categories()) {
      rows.add(new Row(c.code(), c.names()));
    }
  }

  /** Saves the names of one category (the row's own button). */
  public void save(Row row) {
    try {
      expenses.renameCategory(row.getCode(), row.getNames());
      FacesMessages.info("transparency.categories.saved");
    } catch (SpokesException e) {
      // The field is name_<language>: the input of that language in this category's fieldset.
      int language =
          e.field() == null ? -1 : Languages.SUPPORTED.indexOf(e.field().replace("name_", ""));
      if (language < 0) {
        FacesMessages.show("categoriesForm", e);
      } else {
        FacesMessages.errorAt(
            "categoriesForm:rows:" + rows.indexOf(row) + ":langs:" + language + ":name",
            e.key(),
            e.args());
      }
    }
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<String> getLanguages() {
    return Languages.SUPPORTED;
  }
}
