package coop.spokes.platform.web;

import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.persistence.PageResult;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table model over a service's paged query: the table asks for one page and the
 * database pages, sorts and filters (the service allow-lists sort fields). Rows are identified by
 * {@code rowKey}. Filters are held by the page bean and applied inside {@code loader}.
 *
 * @param <T> the row type (a read record of the service)
 */
public class PagedModel<T> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;

  /** A serializable page loader, so view-scoped beans can hold it across a cluster. */
  public interface Loader<T> extends Function<PageRequest, PageResult<T>>, Serializable {}

  /** A serializable row key function. */
  public interface RowKey<T> extends Function<T, Object>, Serializable {}

  /** A serializable count of all rows matching the current filters. */
  public interface Counter extends java.util.function.LongSupplier, Serializable {}

  /** A serializable loader of one page's rows without a total. */
  public interface Lister<T> extends Function<PageRequest, List<T>>, Serializable {}

  private final Loader<T> loader;
  private final RowKey<T> rowKey;
  private final Counter counter;
  private final Lister<T> lister;

  /** A model over a paged query that returns rows and total together (small tables). */
  public PagedModel(Loader<T> loader, RowKey<T> rowKey) {
    this.loader = loader;
    this.rowKey = rowKey;
    this.counter = null;
    this.lister = null;
  }

  /**
   * A model over a count and a page query run once each per render (large tables: the table asks
   * for the count first, then the page).
   */
  public PagedModel(Counter counter, Lister<T> lister, RowKey<T> rowKey) {
    this.loader = null;
    this.rowKey = rowKey;
    this.counter = counter;
    this.lister = lister;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    if (counter != null) {
      return (int) Math.min(Integer.MAX_VALUE, counter.getAsLong());
    }
    return (int) Math.min(Integer.MAX_VALUE, loader.apply(PageRequest.of(0, 1)).total());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    String field = null;
    boolean ascending = true;
    if (sortBy != null && !sortBy.isEmpty()) {
      SortMeta sort = sortBy.values().iterator().next();
      field = sort.getField();
      ascending = sort.getOrder() != SortOrder.DESCENDING;
    }
    PageRequest request = PageRequest.shown(first, pageSize, field, ascending);
    if (lister != null) {
      return lister.apply(request);
    }
    PageResult<T> page = loader.apply(request);
    setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
    return page.items();
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(rowKey.apply(row));
  }

  @Override
  public T getRowData(String key) {
    List<T> rows = getWrappedData();
    if (rows == null) {
      return null;
    }
    return rows.stream().filter(r -> getRowKey(r).equals(key)).findFirst().orElse(null);
  }
}
