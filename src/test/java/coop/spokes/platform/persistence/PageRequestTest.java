package coop.spokes.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRequestTest {
  private static final Set<String> ALLOWED = Set.of("name", "createdAt");

  @Test
  void negativeFirstRowBecomesZero() {
    PageRequest page = PageRequest.of(-10, 20);

    assertThat(page.first()).isZero();
  }

  @Test
  void positiveFirstRowIsKept() {
    assertThat(PageRequest.of(40, 20).first()).isEqualTo(40);
  }

  @ParameterizedTest(name = "size {0} becomes {1}")
  @CsvSource({
    "-5, 1",
    "0, 1",
    "1, 1",
    "25, 25",
    "200, 200",
    "201, 200",
    "2147483647, 200",
    "-2147483648, 1"
  })
  void sizeIsClampedToOneToTwoHundred(int requested, int expected) {
    PageRequest page = PageRequest.of(0, requested);

    assertThat(page.size()).isEqualTo(expected);
  }

  @Test
  void aShownPageIsClampedToTwoHundredWhateverTheBrowserAsks() {
    assertThat(PageRequest.shown(0, 100_000, "name", false).size()).isEqualTo(200);
  }

  @ParameterizedTest(name = "size {0} becomes {1}")
  @CsvSource({"0, 1", "2000, 2000", "5000, 5000", "5001, 5000", "2147483647, 5000"})
  void anInternalPageHoldsUpToFiveThousand(int requested, int expected) {
    assertThat(PageRequest.internal(0, requested).size()).isEqualTo(expected);
  }

  @Test
  void ofSortsNothingAscending() {
    PageRequest page = PageRequest.of(0, 20);

    assertThat(page.sortField()).isNull();
    assertThat(page.ascending()).isTrue();
  }

  @Test
  void allowListedSortFieldIsUsed() {
    PageRequest page = new PageRequest(0, 20, "createdAt", false);

    assertThat(page.sortFieldOr(ALLOWED, "id")).isEqualTo("createdAt");
  }

  @Test
  void sortFieldNotOnTheAllowListFallsBack() {
    PageRequest page = new PageRequest(0, 20, "name; drop table identity_user_account", true);

    assertThat(page.sortFieldOr(ALLOWED, "id")).isEqualTo("id");
  }

  @Test
  void sortFieldIsMatchedExactly() {
    assertThat(new PageRequest(0, 20, "Name", true).sortFieldOr(ALLOWED, "id")).isEqualTo("id");
    assertThat(new PageRequest(0, 20, " name", true).sortFieldOr(ALLOWED, "id")).isEqualTo("id");
  }

  @Test
  void missingSortFieldFallsBack() {
    assertThat(PageRequest.of(0, 20).sortFieldOr(ALLOWED, "id")).isEqualTo("id");
  }
}
