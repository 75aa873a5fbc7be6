package dev.passwordless.local;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passwordless.local.auth.AppClient;
import dev.passwordless.local.auth.AuthSessions;
import dev.passwordless.local.auth.ChallengeLoop;
import dev.passwordless.local.auth.PasskeySignIn;
import dev.passwordless.local.auth.SignInTokens;
import dev.passwordless.local.auth.Tokens;
import dev.passwordless.local.auth.TriggerEvents;
import dev.passwordless.local.auth.TriggerHost;
import dev.passwordless.local.fault.FaultRoutes;
import dev.passwordless.local.fault.Faults;
import dev.passwordless.local.fault.FaultyOperations;
import dev.passwordless.local.fault.FaultySns;
import dev.passwordless.local.http.LoopbackHosts;
import dev.passwordless.local.http.Operation;
import dev.passwordless.local.http.QueryProtocol;
import dev.passwordless.local.http.Route;
import dev.passwordless.local.http.Router;
import dev.passwordless.local.operation.Operations;
import dev.passwordless.local.passkey.PasskeyPolicy;
import dev.passwordless.local.passkey.RegistrationChallenges;
import dev.passwordless.local.passkey.WebAuthnVerifier;
import dev.passwordless.local.sns.SmsSink;
import dev.passwordless.local.sns.SnsPublish;

/**
 * The router {@link LocalCognito} serves: the Cognito operations wired to the pool's
 * stores, sessions, triggers and tokens (passkeys included), SNS's publish into the
 * outbox, the plain routes ({@link Routes}), and, when the config asks for them, the
 * fault switches in front of both.
 */
final class PoolRouter {

	private PoolRouter() {
	}

	/**
	 * @param config the pool's settings
	 * @param clock the pool's clock
	 * @param json the mapper requests are read with
	 * @param stores the pool's tables
	 * @param triggers the loaded (or loading) triggers
	 * @param tokens what signs and checks the pool's tokens
	 * @param outbox where the SMS go
	 * @param info what the pool publishes about itself
	 */
	static Router of(LocalCognitoConfig config, Clock clock, ObjectMapper json, PoolStores stores, TriggerHost triggers,
			Tokens tokens, SmsOutbox outbox, PoolInfo info) {
		AuthSessions sessions = new AuthSessions(clock, config.authSessionValidity());
		TriggerEvents events = new TriggerEvents(config.region(), config.userPoolId(), config.clientId());
		SmsSink smsSink = (phone, message, sentAt) -> outbox.add(phone, message, sentAt).messageId();
		SignInTokens signedIn = new SignInTokens(triggers, events, tokens, stores.users(), stores.groups());
		ChallengeLoop loop = new ChallengeLoop(triggers, events, sessions, signedIn, stores.users());
		Map<String, Operation> operations = Operations.all(config.userPoolId(),
				new AppClient(config.clientId(), info.clientSecret()), stores.users(), stores.groups(),
				stores.refreshTokens(), tokens, sessions, loop, triggers, events, clock,
				config.signUp() == LocalCognitoConfig.SignUp.OPEN, smsSink,
				passkeys(config, clock, stores, sessions, signedIn));
		QueryProtocol sns = new SnsPublish(smsSink, clock);
		Faults faults = config.faults() ? new Faults() : null;
		if (faults != null) {
			operations = FaultyOperations.of(operations, faults);
			sns = new FaultySns(sns, faults);
		}
		Map<String, Route> routes = new LinkedHashMap<>(Routes.of(info, outbox, tokens::jwks));
		routes.putAll(FaultRoutes.of(faults, json));
		return new Router(operations, routes, sns, json, new LoopbackHosts(info.endpoint().getPort()));
	}

	private static Operations.Passkeys passkeys(LocalCognitoConfig config, Clock clock, PoolStores stores,
			AuthSessions sessions, SignInTokens signedIn) {
		WebAuthnVerifier verifier = new WebAuthnVerifier(
				new PasskeyPolicy(config.passkeyRelyingPartyId(), config.passkeyOrigins(),
						config.passkeyUserVerification() == LocalCognitoConfig.PasskeyUserVerification.REQUIRED));
		return new Operations.Passkeys(stores.passkeys(),
				new RegistrationChallenges(clock, config.authSessionValidity()), verifier, new PasskeySignIn(sessions,
						config.authSessionValidity(), stores.passkeys(), verifier, stores.users(), signedIn));
	}

}
