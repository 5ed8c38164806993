package org.fanloop.releases;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.Product;
import org.fanloop.products.ProductService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each product's release train: Friday betas and a stable build every four weeks until
 * its staff set another cadence.
 */
@Service
public class TrainService {

	private final Trains trains;

	private final ProductService products;

	TrainService(Trains trains, ProductService products) {
		this.trains = trains;
		this.products = products;
	}

	public ReleaseTrain train(long productId) {
		return trains.of(productId)
			.orElseGet(() -> ReleaseTrain.standard(productId,
					LocalDate.ofInstant(products.get(productId).createdAt(), ZoneOffset.UTC)));
	}

	/**
	 * Staff set the beta weekday and the stable cadence; stable days are counted from
	 * today.
	 */
	@Transactional
	public ReleaseTrain configure(String productSlug, TrainSettings settings, SignedInMember actor) {
		Product product = products.get(productSlug);
		products.requireStaff(product.id(), actor, "set its release train");
		ReleaseTrain train = new ReleaseTrain(product.id(),
				DayOfWeek.valueOf(settings.betaWeekday().toUpperCase(Locale.ROOT)), settings.stableEveryWeeks(),
				LocalDate.now(ZoneOffset.UTC));
		trains.save(train);
		return train;
	}

}
