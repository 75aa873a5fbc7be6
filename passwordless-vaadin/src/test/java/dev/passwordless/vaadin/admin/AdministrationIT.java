package dev.passwordless.vaadin.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.passwordless.local.LocalCognito;
import dev.passwordless.local.LocalCognitoConfig;
import dev.passwordless.local.PoolInfo;
import dev.passwordless.rules.MovableClock;
import dev.passwordless.vaadin.audit.AuditTrail;
import dev.passwordless.vaadin.cognito.Challenge;
import dev.passwordless.vaadin.cognito.ClientSecret;
import dev.passwordless.vaadin.cognito.CognitoAuthClient;
import dev.passwordless.vaadin.cognito.CognitoPool;
import dev.passwordless.vaadin.cognito.CognitoTokens;
import dev.passwordless.vaadin.cognito.SignInProblem;
import dev.passwordless.vaadin.cognito.SignInResult;
import dev.passwordless.vaadin.security.CognitoUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The administration against the real local Cognito and triggers over HTTP, with signed
 * admin calls as on AWS: invitations that sign in without registering, disabled people
 * who get no SMS, the rules an administrator cannot break, and the first administrator.
 * Each test has numbers of its own.
 */
class AdministrationIT {

	private static final MovableClock CLOCK = MovableClock.stoppedAt(Instant.now());

	private static LocalCognito cognito;

	private static CognitoAdministration administration;

	private static CognitoPool pool;

	private static CognitoAuthClient signIn;

	private static final List<String> ended = new ArrayList<>();

	private static AdminActions actions;

	@BeforeAll
	static void startThePool() {
		cognito = LocalCognito.start(LocalCognitoConfig.inMemory().echoSms(false).clientSecret(true).build(), CLOCK);
		PoolInfo info = cognito.pool();
		pool = new CognitoPool(info.endpoint(), info.region(), info.userPoolId(), info.clientId(),
				ClientSecret.of(info.clientSecret()), info.issuer(), info.jwksUri(), true);
		administration = new CognitoAdministration(
				sdk(pool, StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))),
				pool.userPoolId());
		signIn = new CognitoAuthClient(sdk(pool, AnonymousCredentialsProvider.create()), pool, CLOCK);
		administration.ensureGroup("admins", "Administrators");
		administration.ensureGroup("staff", "Staff");
		actions = new AdminActions(administration, ended::add, "admins", AuditTrail.off(), () -> true);
	}

	@AfterAll
	static void stopThePool() {
		cognito.close();
	}

	@Test
	void inviteWhenTheInviteeAsksForACodeThenOneSmsAndTheCodeSignsThemInWithTheirGroups() {
		PortalUser invited = administration.invite("Grace Hopper", "+12025550130", Set.of("staff"));

		Challenge challenge = signIn.start("+12025550130");
		SignInResult result = signIn.answer(challenge, latestCode("+12025550130"));

		assertThat(invited.enabled()).isTrue();
		assertThat(invited.status()).isEqualTo("CONFIRMED");
		assertThat(cognito.outbox().messages("+12025550130")).hasSize(1);
		assertThat(result).isInstanceOf(SignInResult.SignedIn.class);
		assertThat(administration.groupsOf(invited.username())).containsExactly("staff");
	}

	@Test
	void inviteWhenTheNumberHasAnAccountThenRefusedAsTakenAndNoSecondAccount() {
		administration.invite("Ada Lovelace", "+12025550131", Set.of());

		assertThatThrownBy(() -> administration.invite("Someone Else", "+12025550131", Set.of()))
			.isInstanceOfSatisfying(AdminProblem.class,
					(problem) -> assertThat(problem.kind()).isEqualTo(AdminProblem.Kind.NUMBER_TAKEN));
		assertThat(administration.users("+12025550131", null).users()).singleElement()
			.extracting(PortalUser::name)
			.isEqualTo("Ada Lovelace");
	}

	@Test
	void disableWhenTheyAskForACodeThenTheSameCodeStepAsAnUnknownNumberAndNoSmsUntilEnabled() {
		PortalUser person = administration.invite("Alan Turing", "+12025550132", Set.of());
		CognitoUser admin = new CognitoUser("someone-else", "Admin", "+12025550199", List.of("admins"));

		actions.disable(admin, person);
		Challenge whileDisabled = signIn.start("+12025550132");
		Challenge unknown = signIn.start("+12025550133");

		assertThat(cognito.outbox().messages("+12025550132")).isEmpty();
		assertThat(ended).contains(person.username());
		assertThat(whileDisabled.codeLength()).isEqualTo(unknown.codeLength());
		assertThat(whileDisabled.attemptsLeft()).isEqualTo(unknown.attemptsLeft());
		assertThat(administration.users("+12025550132", null).users()).singleElement()
			.extracting(PortalUser::enabled)
			.isEqualTo(false);

		actions.enable(admin, person);
		signIn.start("+12025550132");
		assertThat(cognito.outbox().messages("+12025550132")).hasSize(1);
	}

	@Test
	void actionsWhenAnAdministratorActsOnThemselvesThenRefusedAndNothingChanges() {
		PortalUser self = administration.invite("Self Admin", "+12025550134", Set.of("admins"));
		CognitoUser actor = new CognitoUser(self.username(), "Self Admin", "+12025550134", List.of("admins"));

		for (Runnable action : List.<Runnable>of(() -> actions.disable(actor, self), () -> actions.delete(actor, self),
				() -> actions.setGroups(actor, self, Set.of("staff")))) {
			assertThatThrownBy(action::run).isInstanceOfSatisfying(AdminProblem.class,
					(problem) -> assertThat(problem.key()).isEqualTo("passwordless.admin.not-yourself"));
		}
		assertThat(administration.groupsOf(self.username())).containsExactly("admins");
		assertThat(administration.users("+12025550134", null).users()).singleElement()
			.extracting(PortalUser::enabled)
			.isEqualTo(true);
	}

	@Test
	void inviteWhenTheTriggersRefuseTheNumberThenRefusedAndNoAccount() {
		assertThatThrownBy(() -> administration.invite("Drama Person", "+447700900123", Set.of()))
			.isInstanceOfSatisfying(AdminProblem.class,
					(problem) -> assertThat(problem.key()).isEqualTo("passwordless.admin.number-refused"));
		assertThat(administration.users("+447700900123", null).users()).isEmpty();
	}

	@Test
	void actionsWhenTheOneAskingIsNoLongerAFreshAdministratorThenRefusedAndNothingChanges() {
		PortalUser person = administration.invite("Kept Person", "+12025550137", Set.of());
		AdminActions stale = new AdminActions(administration, ended::add, "admins", AuditTrail.off(), () -> false);
		CognitoUser admin = new CognitoUser("someone-else", "Admin", "+12025550199", List.of("admins"));

		for (Runnable action : List.<Runnable>of(() -> stale.disable(admin, person), () -> stale.delete(admin, person),
				() -> stale.setGroups(admin, person, Set.of("admins")),
				() -> stale.invite(admin, "New Person", "+12025550138", Set.of()))) {
			assertThatThrownBy(action::run).isInstanceOfSatisfying(AdminProblem.class,
					(problem) -> assertThat(problem.key()).isEqualTo("passwordless.admin.sign-in-again"));
		}
		assertThat(administration.groupsOf(person.username())).isEmpty();
		assertThat(administration.users("+12025550137", null).users()).singleElement()
			.extracting(PortalUser::enabled)
			.isEqualTo(true);
		assertThat(administration.users("+12025550138", null).users()).isEmpty();
	}

	@Test
	void setGroupsWhenAGroupIsTakenAwayThenTheirSessionsEndSoTheirTokensNoLongerCarryIt() {
		PortalUser person = administration.invite("Demoted Person", "+12025550139", Set.of("staff"));
		CognitoUser admin = new CognitoUser("someone-else", "Admin", "+12025550199", List.of("admins"));

		actions.setGroups(admin, person, Set.of("staff", "admins"));
		assertThat(ended).doesNotContain(person.username());
		actions.setGroups(admin, person, Set.of("staff"));

		assertThat(ended).contains(person.username());
		assertThat(administration.groupsOf(person.username())).containsExactly("staff");
	}

	@Test
	void signOutEverywhereWhenAskedThenTheirRefreshTokensNoLongerRefreshAndTheirSessionsEnd() {
		administration.invite("Everywhere Person", "+12025550126", Set.of());
		SignInResult signedIn = signIn.answer(signIn.start("+12025550126"), latestCode("+12025550126"));
		CognitoTokens tokens = ((SignInResult.SignedIn) signedIn).tokens();
		PortalUser person = administration.byNumber("+12025550126").orElseThrow();
		CognitoUser admin = new CognitoUser("someone-else", "Admin", "+12025550199", List.of("admins"));

		actions.signOutEverywhere(admin, person);

		assertThat(ended).contains(person.username());
		assertThatThrownBy(() -> signIn.refresh(tokens)).isInstanceOf(SignInProblem.class);
	}

	@Test
	void usersWhenTheAppsCallsAreNotSignedThenTheAdministrationSaysItIsNotAllowed() {
		CognitoAdministration unsigned = new CognitoAdministration(sdk(pool, AnonymousCredentialsProvider.create()),
				pool.userPoolId());

		assertThatThrownBy(() -> unsigned.users("", null)).isInstanceOfSatisfying(AdminProblem.class,
				(problem) -> assertThat(problem.key()).isEqualTo("passwordless.admin.not-allowed"));
	}

	@Test
	void usersWhenTheAppHasNoCredentialsThenTheAdministrationSaysWhatIsMissing() {
		CognitoAdministration without = new CognitoAdministration(sdk(pool, () -> {
			throw SdkClientException.create("Unable to load credentials from any of the providers in the chain");
		}), pool.userPoolId());

		assertThatThrownBy(() -> without.users("", null)).isInstanceOfSatisfying(AdminProblem.class,
				(problem) -> assertThat(problem.key()).isEqualTo("passwordless.admin.no-credentials"));
	}

	@Test
	void deleteWhenConfirmedThenTheNumberIsAnUnknownNumberAgain() {
		PortalUser person = administration.invite("Leaving Person", "+12025550135", Set.of());
		CognitoUser admin = new CognitoUser("someone-else", "Admin", "+12025550199", List.of("admins"));

		actions.delete(admin, person);
		signIn.start("+12025550135");

		assertThat(administration.users("+12025550135", null).users()).isEmpty();
		assertThat(cognito.outbox().messages("+12025550135")).isEmpty();
		assertThat(ended).contains(person.username());
	}

	@Test
	void firstAdministratorWhenInstancesStartAtOnceThenOneAccountInTheGroupAndLaterStartsChangeNothing() {
		administration.ensureGroup("owners", "Owners");
		AdminProperties properties = new AdminProperties("owners", "+12025550136", Duration.ofMinutes(15));

		CompletableFuture<?>[] starts = new CompletableFuture<?>[3];
		for (int i = 0; i < starts.length; i++) {
			starts[i] = CompletableFuture
				.runAsync(() -> new FirstAdministrator(administration, properties, false).run(null));
		}
		CompletableFuture.allOf(starts).join();
		new FirstAdministrator(administration, properties, false).run(null);

		List<PortalUser> found = administration.users("+12025550136", null).users();
		assertThat(found).hasSize(1);
		assertThat(administration.groupsOf(found.get(0).username())).containsExactly("owners");
		assertThat(administration.hasMembers("owners")).isTrue();
	}

	@Test
	void usersWhenMoreThanAPageMatchThenPagesAreReadByTokenAndEveryoneIsListedOnce() {
		// this class's pool is its own: the fiction numbers its other tests leave free
		for (int i = 0; i < 65; i++) {
			int number = (i < 60) ? 140 + i : 100 + (i - 60);
			administration.invite("Pager " + i, "+1202555" + String.format("%04d", number), Set.of());
		}
		List<String> tokens = new ArrayList<>();
		UserPages pages = new UserPages((token) -> {
			tokens.add(token);
			return administration.users("Pager", token);
		});

		assertThat(pages.rows(0, 50).map(PortalUser::name)).hasSize(50).doesNotHaveDuplicates();
		assertThat(tokens).hasSize(1);
		assertThat(pages.rows(0, 100).map(PortalUser::name)).hasSize(65).doesNotHaveDuplicates();
		assertThat(tokens).hasSize(2).first().isNull();
		assertThat(administration.users("+1 202 555 01", null).users()).hasSize(CognitoAdministration.PAGE_SIZE);
	}

	private static CognitoIdentityProviderClient sdk(CognitoPool pool, AwsCredentialsProvider credentials) {
		return CognitoIdentityProviderClient.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.region(Region.of(pool.region()))
			.endpointOverride(pool.endpoint())
			.credentialsProvider(credentials)
			.build();
	}

	private static String latestCode(String phone) {
		Matcher matcher = Pattern.compile("\\d{6}").matcher(cognito.outbox().latest(phone).orElseThrow().message());
		assertThat(matcher.find()).isTrue();
		return matcher.group();
	}

}
