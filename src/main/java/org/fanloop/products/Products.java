package org.fanloop.products;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The products and product_staff tables.
 */
@Repository
class Products {

	private static final String COLUMNS = "id, slug, name, description, created_at, unverified_may";

	private final JdbcClient jdbc;

	Products(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(NewProduct product, Instant now) {
		jdbc.sql("insert into products (slug, name, description, created_at) values (:slug, :name, :description, :now)")
			.param("slug", product.slug())
			.param("name", product.name())
			.param("description", product.description())
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
	}

	void update(Product product) {
		jdbc.sql("update products set name = :name, description = :description, unverified_may = :rule where id = :id")
			.param("name", product.name())
			.param("rule", product.unverifiedMay().value())
			.param("description", product.description())
			.param("id", product.id())
			.update();
	}

	List<Product> all() {
		return jdbc.sql("select " + COLUMNS + " from products order by name").query(Products::product).list();
	}

	Optional<Product> bySlug(String slug) {
		return jdbc.sql("select " + COLUMNS + " from products where slug = :slug")
			.param("slug", slug)
			.query(Products::product)
			.optional();
	}

	Optional<Product> byId(long id) {
		return jdbc.sql("select " + COLUMNS + " from products where id = :id")
			.param("id", id)
			.query(Products::product)
			.optional();
	}

	boolean addStaff(long productId, long memberId, Instant now) {
		return jdbc.sql("""
				insert into product_staff (product_id, member_id, added_at)
				select :product, :member, :now from products
				where id = :product
				  and not exists (select 1 from product_staff where product_id = :product and member_id = :member)""")
			.param("product", productId)
			.param("member", memberId)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update() > 0;
	}

	boolean removeStaff(long productId, long memberId) {
		return jdbc.sql("delete from product_staff where product_id = :product and member_id = :member")
			.param("product", productId)
			.param("member", memberId)
			.update() > 0;
	}

	boolean isStaff(long productId, long memberId) {
		return jdbc.sql("select count(*) from product_staff where product_id = :product and member_id = :member")
			.param("product", productId)
			.param("member", memberId)
			.query(Long.class)
			.single() > 0;
	}

	boolean onAnyTeam(long memberId) {
		return jdbc.sql("select count(*) from product_staff where member_id = :member")
			.param("member", memberId)
			.query(Long.class)
			.single() > 0;
	}

	List<Long> staffIds(long productId) {
		return jdbc.sql("select member_id from product_staff where product_id = :product order by added_at")
			.param("product", productId)
			.query(Long.class)
			.list();
	}

	private static Product product(ResultSet rs, int row) throws SQLException {
		return new Product(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("description"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				UnverifiedMay.of(rs.getString("unverified_may")).orElse(UnverifiedMay.POST));
	}

}
