package dev.passwordless.webapp.bench.load;

import java.net.URI;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.passwordless.rules.SecretHash;
import dev.passwordless.vaadin.cognito.ThrowawayPassword;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;

/**
 * The people who sign in: registered beforehand straight at the pool (Cognito's
 * {@code SignUp} with the client's {@code SECRET_HASH}, as the app registers people), so
 * the web app's time and CPU hold sign-ins only. Each number signs in once.
 */
final class People {

	private final StandaloneCognito.Pool pool;

	private final FictionalNumbers numbers = new FictionalNumbers();

	private final ConcurrentLinkedQueue<String> registered = new ConcurrentLinkedQueue<>();

	People(StandaloneCognito.Pool pool) {
		this.pool = pool;
	}

	/** How many more people could be registered. */
	int available() {
		return this.numbers.remaining();
	}

	/** Registers {@code count} more people, several at a time. */
	void register(int count) throws Exception {
		List<String> phones = this.numbers.next(count);
		try (CognitoIdentityProviderClient cognito = CognitoIdentityProviderClient.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.endpointOverride(URI.create(this.pool.endpoint()))
			.region(Region.of(this.pool.region()))
			.credentialsProvider(AnonymousCredentialsProvider.create())
			.build(); ExecutorService workers = Executors.newFixedThreadPool(4)) {
			List<Future<?>> done = phones.stream().map((phone) -> workers.submit(() -> {
				cognito.signUp((request) -> request.clientId(this.pool.clientId())
					.secretHash(secretHash(phone))
					.username(phone)
					.password(ThrowawayPassword.make())
					.userAttributes(AttributeType.builder().name("name").value("Load Test").build(),
							AttributeType.builder().name("locale").value("en").build()));
				this.registered.add(phone);
			})).<Future<?>>map((future) -> future).toList();
			for (Future<?> future : done) {
				future.get();
			}
		}
	}

	/** The next registered person's number, never handed out before. */
	String next() {
		String phone = this.registered.poll();
		if (phone == null) {
			throw new IllegalStateException("no registered person left: register more first");
		}
		return phone;
	}

	private String secretHash(String username) {
		return SecretHash.of(this.pool.clientSecret(), username, this.pool.clientId());
	}

}
