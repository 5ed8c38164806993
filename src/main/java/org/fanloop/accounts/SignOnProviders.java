package org.fanloop.accounts;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The single sign-on providers the operator configured (Spring Security's
 * {@code spring.security.oauth2.client.registration.*}), for the login page and the
 * admin's single sign-on page.
 */
@Component
public class SignOnProviders {

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	SignOnProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
		this.registrations = registrations;
	}

	public List<Provider> all() {
		ClientRegistrationRepository repository = registrations.getIfAvailable();
		List<Provider> providers = new ArrayList<>();
		if (repository instanceof Iterable<?> all) {
			for (Object registration : all) {
				if (registration instanceof ClientRegistration client) {
					providers.add(new Provider(client.getRegistrationId(), client.getClientName()));
				}
			}
		}
		return providers;
	}

	/** A provider: its id (in {@code /oauth2/authorization/{id}}) and its name. */
	public record Provider(String id, String name) {
	}

}
