package dev.flute.examples.demo;

import static dev.flute.dsl.Flute.*;

import dev.flute.dsl.Dep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Filtering the item list as a dependency: {@code ?q=ham&min_price=5&max_price=20&owner=alice}.
 *
 * @param q a part of the name, in any case
 * @param minPrice the lowest price
 * @param maxPrice the highest price
 * @param owner the owner's username
 */
public record ItemFilter(
        Optional<String> q, Optional<Double> minPrice, Optional<Double> maxPrice, Optional<String> owner) {

    static final Dep<ItemFilter> FILTER = dep(
                    query("q", str().minLength(1).maxLength(100).optional().description("A part of the name")),
                    query("min_price", double_().ge(0).optional()),
                    query("max_price", double_().ge(0).optional()),
                    query("owner", str().optional().description("The owner's username")),
                    ItemFilter::new)
            .named("item_filter");

    /**
     * A SQL condition and its parameters, in order.
     *
     * @param sql {@code TRUE} or conditions joined with {@code AND}, naming the columns of {@code items i}
     *     and {@code users u}
     */
    record Where(String sql, List<Object> parameters) {}

    /** The condition this filter puts on {@code items i JOIN users u}. */
    Where where() {
        var conditions = new ArrayList<String>();
        var parameters = new ArrayList<Object>();
        q.ifPresent(text -> {
            conditions.add("LOWER(i.name) LIKE ? ESCAPE '\\'");
            parameters.add("%" + escapeLike(text.toLowerCase(java.util.Locale.ROOT)) + "%");
        });
        minPrice.ifPresent(price -> {
            conditions.add("i.price >= ?");
            parameters.add(price);
        });
        maxPrice.ifPresent(price -> {
            conditions.add("i.price <= ?");
            parameters.add(price);
        });
        owner.ifPresent(name -> {
            conditions.add("u.username = ?");
            parameters.add(name);
        });
        return new Where(conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions), parameters);
    }

    /** The text matched literally: LIKE's wildcards and its escape character escaped. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
