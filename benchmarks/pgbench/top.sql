-- The board API's top query (posts.Posts#board, sort=top, 20 per page), for a product drawn
-- at random from the generated ones.
\set product random(:first_product, :last_product)
select id, product_id, kind, title, excerpt, status, author_name, vote_count, comment_count, trending, created_at
from posts where product_id = :product and status <> 'merged'
order by vote_count desc, id desc limit 21;
