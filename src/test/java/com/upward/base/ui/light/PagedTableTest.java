package com.upward.base.ui.light;

import com.upward.base.ui.Grids;
import com.upward.base.ui.light.PagedTable.Column;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagedTableTest {

    record Person(long id, String name, int level) {
    }

    /** 60 people, sorted as asked; counts the reads so that a test can see what the table asks for. */
    static class People {
        List<Person> all = IntStream.rangeClosed(1, 60)
                .mapToObj(i -> new Person(i, "Person " + (char) ('A' + i % 26) + i, i % 7)).toList();
        int pageReads;
        int counts;
        final List<Query<Person, Void>> queries = new ArrayList<>();

        List<Person> page(int offset, int limit, String sortKey, boolean descending) {
            pageReads++;
            Comparator<Person> order = "level".equals(sortKey) ? Comparator.comparingInt(Person::level)
                    : Comparator.comparing(Person::name);
            return all.stream().sorted(descending ? order.reversed() : order).skip(offset).limit(limit).toList();
        }

        /** As a Grid's fetch callback: the query's range and its first sort order. */
        Stream<Person> fetch(Query<Person, Void> query) {
            queries.add(query);
            var sort = query.getSortOrders().getFirst();
            return page(query.getOffset(), query.getLimit(), sort.getSorted(),
                    sort.getDirection() == SortDirection.DESCENDING).stream();
        }

        int count(Query<Person, Void> query) {
            counts++;
            return all.size();
        }
    }

    final People people = new People();
    final List<Person> opened = new ArrayList<>();
    final List<Person> nudged = new ArrayList<>();
    final PagedTable<Person> table = new PagedTable<>("People", Person::id,
            Column.text("name", "Name", Person::name), Column.number("level", "Level", Person::level),
            Column.<Person>text("note", "Note", p -> p.level() == 0 ? "<b>new</b>" : null).unsorted());

    {
        table.setItems(people::fetch, people::count);
        table.onOpen("name", "Edit", opened::add);
        table.addRowAction(new PagedTable.RowAction<>("nudge", "Nudge", true, p -> "Nudge " + p.name(),
                nudged::add));
        table.setTone(p -> p.level() == 0 ? "overdue" : "");
        table.setRowTitle(p -> "Level " + p.level());
        table.setEmptyText("Nobody here.");
        table.sortBy("name", false);
    }

    @Test
    void aPageCarriesTheColumnsTheSortAndOnlyItsOwnRows() {
        var page = table.page();
        assertThat(page.get("label").asString()).isEqualTo("People");
        assertThat(page.get("total").asLong()).isEqualTo(60);
        assertThat(page.get("offset").asInt()).isZero();
        assertThat(page.get("pageSize").asInt()).isEqualTo(Grids.PAGE_SIZE);
        assertThat(page.get("openColumn").asInt()).isZero();
        assertThat(page.get("openLabel").asString()).isEqualTo("Edit");
        assertThat(page.get("sortKey").asString()).isEqualTo("name");
        assertThat(page.get("columns").get(1).get("numeric").asBoolean()).isTrue();
        assertThat(page.get("columns").get(2).get("sortable").asBoolean()).isFalse();
        var rows = page.get("rows");
        assertThat(rows.size()).isEqualTo(Grids.PAGE_SIZE);
        var first = people.page(0, 1, "name", false).getFirst();
        assertThat(rows.get(0).get("id").asLong()).isEqualTo(first.id());
        assertThat(rows.get(0).get("cells").get(0).asString()).isEqualTo(first.name());
        assertThat(rows.get(0).get("title").asString()).isEqualTo("Level " + first.level());
        assertThat(rows.get(0).get("actionLabels").get(0).asString()).isEqualTo("Nudge " + first.name());
        assertThat(page.get("actions").get(0).get("label").asString()).isEqualTo("Nudge");
        // text goes to the browser as data, never as markup; a missing value is an empty cell
        var levelZero = people.all.stream().filter(p -> p.level() == 0).findFirst().orElseThrow();
        table.sortBy("level", false);
        var zero = table.page().get("rows").get(0);
        assertThat(zero.get("id").asLong()).isEqualTo(levelZero.id());
        assertThat(zero.get("cells").get(2).asString()).isEqualTo("<b>new</b>");
        assertThat(zero.get("tone").asString()).isEqualTo("overdue");
        assertThat(table.page().get("rows").get(Grids.PAGE_SIZE - 1).get("cells").get(2).asString()).isEmpty();
    }

    @Test
    void headersSortAndReverseAndThePagerStaysInTheList() {
        table.act("page", "1");
        assertThat(table.pageNumber()).isOne();
        table.act("sort", "level");
        assertThat(table.sortKey()).isEqualTo("level");
        assertThat(table.isDescending()).isFalse();
        assertThat(table.pageNumber()).as("a new order starts on the first page").isZero();
        table.act("sort", "level");
        assertThat(table.isDescending()).isTrue();
        assertThat(table.shownRows().getFirst().level()).isEqualTo(6);

        table.act("page", "7");
        assertThat(table.pageNumber()).isEqualTo(2);
        assertThat(table.shownRows()).hasSize(10);
        table.act("page", "-1");
        assertThat(table.pageNumber()).isZero();
    }

    @Test
    void whatTheBrowserMayNotAskForIsIgnored() {
        table.act("sort", "note");          // not a sorted column
        table.act("sort", "salary");        // no such column
        table.act("page", "two");
        table.act("open", "Robert'); drop table");
        table.act("delete", "1");
        assertThat(table.sortKey()).isEqualTo("name");
        assertThat(table.pageNumber()).isZero();
        assertThat(opened).isEmpty();

        Person shown = table.shownRows().get(3);
        table.act("open", String.valueOf(shown.id()));
        table.act("row:nudge", String.valueOf(shown.id()));
        table.act("row:delete", String.valueOf(shown.id()));
        assertThat(opened).containsExactly(shown);
        assertThat(nudged).containsExactly(shown);
    }

    @Test
    void theRowsAreCountedOnceUntilTheListChanges() {
        table.page();
        table.act("page", "2");
        table.page();
        assertThat(people.counts).isOne();
        table.refresh();
        assertThat(people.counts).as("counted when next needed").isOne();
        table.page();
        assertThat(people.counts).isEqualTo(2);
        assertThat(table.pageNumber()).isZero();

        table.act("page", "2");
        table.reload();
        table.page();
        assertThat(table.pageNumber()).as("a reload keeps the page").isEqualTo(2);
        people.all = people.all.subList(0, 30);
        table.reload();
        assertThat(table.shownRows()).as("the page that is gone gives way to the last one").hasSize(5);
        assertThat(table.pageNumber()).isOne();
    }

    @Test
    void aColumnThatIsNotThereCannotOpenOrSort() {
        assertThatThrownBy(() -> table.onOpen("salary", "Edit", row -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> table.sortBy("salary", false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rowsAreReadWithFlowsQueryAndSpringsPageableAsForALazyGrid() {
        table.act("page", "2");
        table.shownRows();
        var query = people.queries.getLast();
        assertThat(query.getOffset()).isEqualTo(2 * Grids.PAGE_SIZE);
        assertThat(query.getLimit()).isEqualTo(Grids.PAGE_SIZE);
        assertThat(query.getSortOrders()).extracting(QuerySortOrder::getSorted, QuerySortOrder::getDirection)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("name", SortDirection.ASCENDING));

        List<Pageable> asked = new ArrayList<>();
        var byLastName = new PagedTable<Person>("People", Person::id,
                Column.<Person>text("name", "Name", Person::name).sortingBy("lastName", "firstName"));
        byLastName.setItemsPageable(pageable -> {
            asked.add(pageable);
            return people.all.subList(0, 5);
        }, pageable -> people.all.size());
        byLastName.sortBy("name", true);
        byLastName.act("page", "1");
        byLastName.shownRows();
        assertThat(asked.getLast()).isEqualTo(PageRequest.of(1, Grids.PAGE_SIZE,
                Sort.by(Sort.Order.desc("lastName"), Sort.Order.desc("firstName"))));
    }
}
