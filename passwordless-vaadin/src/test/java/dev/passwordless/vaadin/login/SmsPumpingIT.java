package dev.passwordless.vaadin.login;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.passwordless.local.LocalCognito;
import dev.passwordless.local.LocalCognitoConfig;
import dev.passwordless.local.PoolInfo;
import dev.passwordless.rules.MovableClock;
import dev.passwordless.vaadin.cognito.ClientSecret;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import dev.passwordless.vaadin.cognito.CognitoPool;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.audit.AuditTrail;
import dev.passwordless.vaadin.operations.SignInMetrics;
import dev.passwordless.vaadin.security.CognitoTokenVerifier;
import dev.passwordless.vaadin.security.LastSignIns;
import dev.passwordless.vaadin.security.MasterKey;
import dev.passwordless.vaadin.store.JdbcSendLimitStore;
import dev.passwordless.vaadin.store.PasswordlessDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SMS pumping as an attacker would try it, measured: registrations of fresh numbers (each
 * one SMS) from addresses rotated within one IPv6 /64, then across a /48, for one
 * simulated hour at one request every 10 s; and a small daily budget spent by strangers
 * while a person who signed in before still gets their code. The real service, the real
 * shared limits on the sign-in's database (H2), the real stand-in and triggers, a clock
 * the test moves. Each test prints its figures (the READMEs quote them).
 */
class SmsPumpingIT {

	private final MovableClock clock = MovableClock.stoppedAt(Instant.parse("2026-12-07T00:00:00Z"));

	private LocalCognito cognito;

	private HikariDataSource dataSource;

	private CognitoPool pool;

	private JdbcSendLimitStore limitStore;

	private PasswordlessDatabase database;

	@AfterEach
	void stop() {
		if (this.cognito != null) {
			this.cognito.close();
		}
		if (this.dataSource != null) {
			this.dataSource.close();
		}
	}

	@Test
	void registerWhenAnAttackerRotatesAddressesWithinOneIpv6Slash64ForAnHourThenTwentySmsGoOut() {
		start(1000);
		int sent = attackForAnHour((i) -> "2001:db8:aa:1::" + Integer.toHexString(i + 1));
		System.out.printf("SMS pumping: one /64, 360 registrations in an hour -> %d SMS%n", sent);
		assertThat(sent).isEqualTo(20);
	}

	@Test
	void registerWhenAnAttackerRotatesSlash64sWithinOneSlash48ForAnHourThenAHundredSmsGoOut() {
		start(1000);
		int sent = attackForAnHour((i) -> "2001:db8:bb:" + Integer.toHexString(i + 1) + "::1");
		System.out.printf("SMS pumping: one /48 (a new /64 each request), 360 registrations in an hour -> %d SMS%n",
				sent);
		assertThat(sent).isEqualTo(100);
	}

	@Test
	void registerWhenStrangersSpendTheDailyBudgetThenAPersonWhoSignedInBeforeStillGetsTheirCode() {
		start(10);
		PasswordlessLoginService owner = service("198.51.100.10");
		owner.register("Ada Owner", us("202 555 0100"), Locale.ENGLISH);
		owner.submitCode(code("+12025550100"), false);
		int strangers = 0;
		for (int i = 1; i <= 30; i++) {
			this.clock.advance(Duration.ofSeconds(31));
			try {
				service("2001:db8:" + Integer.toHexString(0x100 + i) + "::1").register("Mallory Attacker",
						us("415 555 01" + String.format("%02d", i)), Locale.ENGLISH);
			}
			catch (SignInProblem ex) {
				// refused like any number: the budget's words or a limit's
			}
			strangers += this.cognito.outbox().messages("+1415555" + String.format("01%02d", i)).size();
		}
		this.clock.advance(Duration.ofSeconds(31));
		owner.requestCode(us("202 555 0100"));
		int ownersCodes = this.cognito.outbox().messages("+12025550100").size();
		System.out.printf(
				"Budget of 10 (50 %% reserved): 1 for the owner's registration, strangers' 30 "
						+ "registrations -> %d SMS; the owner's next sign-in -> %s%n",
				strangers, (ownersCodes == 2) ? "a code" : "no code");
		assertThat(strangers).isLessThanOrEqualTo(4);
		assertThat(ownersCodes).isEqualTo(2);
	}

	/**
	 * One registration of a fresh number every 10 s for an hour; the SMS that went out.
	 */
	private int attackForAnHour(java.util.function.IntFunction<String> address) {
		int sent = 0;
		for (int i = 0; i < 360; i++) {
			String number = String.format("+1%d55501%02d", new int[] { 201, 202, 203, 205 }[i / 100], i % 100);
			try {
				service(address.apply(i)).register("Mallory Attacker", new TypedNumber("US", number), Locale.ENGLISH);
			}
			catch (SignInProblem ex) {
				// a limit refused it
			}
			sent += this.cognito.outbox().messages(number).size();
			this.clock.advance(Duration.ofSeconds(10));
		}
		return sent;
	}

	private void start(int dailyBudget) {
		this.cognito = LocalCognito.start(LocalCognitoConfig.inMemory()
			.echoSms(false)
			.clientSecret(true)
			.triggerEnvironment("DAILY_SMS_BUDGET", String.valueOf(dailyBudget))
			.triggerEnvironment("ALLOWED_COUNTRIES", "US")
			.build(), this.clock);
		PoolInfo info = this.cognito.pool();
		this.pool = new CognitoPool(info.endpoint(), info.region(), info.userPoolId(), info.clientId(),
				ClientSecret.of(info.clientSecret()), info.issuer(), info.jwksUri(), true);
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl("jdbc:h2:mem:pumping-" + UUID.randomUUID()
				+ ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		config.setUsername("sa");
		this.dataSource = new HikariDataSource(config);
		this.database = PasswordlessDatabase.migrated(this.dataSource);
		this.limitStore = new JdbcSendLimitStore(this.database, this.clock);
	}

	/** The service as one browser at an address meets it; the limits are shared. */
	private PasswordlessLoginService service(String address) {
		LimitsProperties limits = LimitsProperties.defaults();
		MasterKey key = MasterKey.resolve(Base64.getEncoder().encodeToString(new byte[32]), false, Optional.empty());
		CognitoIdentityProviderClient sdk = CognitoIdentityProviderClient.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.region(Region.of(this.pool.region()))
			.credentialsProvider(AnonymousCredentialsProvider.create())
			.endpointOverride(this.pool.endpoint())
			.build();
		InMemorySignInSession browser = new InMemorySignInSession(address);
		CognitoAuthClient client = new CognitoAuthClient(sdk, this.pool, this.clock);
		AccountEntry entry = new AccountEntry(CognitoTokenVerifier.forPool(this.pool, this.clock), client,
				new LastSignIns(this.database, this.clock), browser, Duration.ofDays(45), this.clock);
		return new PasswordlessLoginService(client, entry,
				new SharedSignInRateLimits(limits, this.limitStore, key, this.clock), browser,
				new SignInPolicy(Set.of("US"), limits.phoneCooldown()), this.clock,
				new SignInMetrics(new SimpleMeterRegistry()), AuditTrail.off());
	}

	private String code(String phone) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\d{6}")
			.matcher(this.cognito.outbox().latest(phone).orElseThrow().message());
		assertThat(matcher.find()).isTrue();
		return matcher.group();
	}

	private static TypedNumber us(String number) {
		return new TypedNumber("US", number);
	}

}
