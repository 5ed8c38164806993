package org.fanloop.installation;

import java.time.Instant;

import org.fanloop.accounts.Member;
import org.fanloop.accounts.MemberService;
import org.fanloop.accounts.SignUp;
import org.fanloop.accounts.SignedInMember;
import org.fanloop.products.ProductService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets an installation up exactly once: the first admin, and with the setup page the
 * first product.
 */
@Service
class InstallationService {

	private final Installation installation;

	private final MemberService members;

	private final ProductService products;

	/** Once set up, always set up: no need to ask the database on every page. */
	private volatile boolean setUp;

	InstallationService(Installation installation, MemberService members, ProductService products) {
		this.installation = installation;
		this.members = members;
		this.products = products;
	}

	boolean isSetUp() {
		if (!setUp) {
			setUp = installation.isSetUp() || members.adminExists();
		}
		return setUp;
	}

	/**
	 * Creates the first admin; false if the installation was set up already.
	 */
	@Transactional
	boolean createFirstAdmin(SignUp admin) {
		if (members.adminExists() || !installation.markSetUp(Instant.now())) {
			return false;
		}
		members.signUpAdmin(admin);
		setUp = true;
		return true;
	}

	/**
	 * The setup page: the first admin and the first product, together or not at all.
	 */
	@Transactional
	Member setUp(SetupForm form) {
		if (members.adminExists() || !installation.markSetUp(Instant.now())) {
			throw new AlreadySetUp();
		}
		Member admin = members.signUpAdmin(form.admin());
		products.create(form.product(), new SignedInMember(admin.id(), admin.username(), true));
		setUp = true;
		return admin;
	}

	static class AlreadySetUp extends RuntimeException {

		AlreadySetUp() {
			super("This installation has an admin already.");
		}

	}

}
