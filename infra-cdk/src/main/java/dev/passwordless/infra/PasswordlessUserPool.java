package dev.passwordless.infra;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cognito.AccountRecovery;
import software.amazon.awscdk.services.cognito.AllowedFirstAuthFactors;
import software.amazon.awscdk.services.cognito.AuthFlow;
import software.amazon.awscdk.services.cognito.AutoVerifiedAttrs;
import software.amazon.awscdk.services.cognito.ClientAttributes;
import software.amazon.awscdk.services.cognito.FeaturePlan;
import software.amazon.awscdk.services.cognito.Mfa;
import software.amazon.awscdk.services.cognito.PasskeyUserVerification;
import software.amazon.awscdk.services.cognito.PasswordPolicy;
import software.amazon.awscdk.services.cognito.SignInAliases;
import software.amazon.awscdk.services.cognito.SignInPolicy;
import software.amazon.awscdk.services.cognito.StandardAttribute;
import software.amazon.awscdk.services.cognito.StandardAttributes;
import software.amazon.awscdk.services.cognito.StandardAttributesMask;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.amazon.awscdk.services.cognito.UserPoolClientOptions;
import software.constructs.Construct;

/**
 * A user pool where the phone number is the user name and the ways in are the SMS code
 * (custom authentication) and the person's passkeys (choice-based authentication, on the
 * Essentials plan), open to sign-up or by invitation only, with the one app client the
 * web app uses: confidential (it has a secret), and unable to change a user's phone
 * number. Cognito sends no messages of its own: the triggers send the codes.
 */
final class PasswordlessUserPool extends Construct {

	private final UserPool userPool;

	private final UserPoolClient client;

	PasswordlessUserPool(Construct scope, String id, PasswordlessUserPoolProps props) {
		super(scope, id);
		this.userPool = createUserPool(props);
		this.client = createClient(props);
	}

	/**
	 * Its id is {@code Default}, so the pool (and everything Cognito keeps in it) keeps
	 * the logical id it had as a child of the stack.
	 */
	private UserPool createUserPool(PasswordlessUserPoolProps props) {
		UserPool pool = UserPool.Builder.create(this, "Default")
			.signInAliases(SignInAliases.builder().phone(true).build())
			// invite-only: AllowAdminCreateUserOnly, so the client's SignUp is refused
			.selfSignUpEnabled(props.signUp() == SignUp.OPEN)
			.mfa(Mfa.OFF)
			.accountRecovery(AccountRecovery.NONE)
			// we send codes ourselves through SNS: no Cognito verification messages and
			// no SMS role
			.autoVerify(AutoVerifiedAttrs.builder().phone(false).email(false).build())
			.enableSmsRole(false)
			.standardAttributes(StandardAttributes.builder()
				.fullname(StandardAttribute.builder().required(true).mutable(true).build())
				.phoneNumber(StandardAttribute.builder().required(true).mutable(true).build())
				.build())
			// SignUp needs a password even here; the app sends a long random one that
			// nobody ever sees
			.passwordPolicy(PasswordPolicy.builder()
				.minLength(16)
				.requireUppercase(true)
				.requireLowercase(true)
				.requireDigits(true)
				.requireSymbols(true)
				.tempPasswordValidity(Duration.days(1))
				.build())
			// passkeys as a first factor need the Essentials plan; Cognito (and the CDK)
			// require PASSWORD among the first factors, and nobody knows the passwords
			// (above), so in practice the way in is a passkey or the SMS code
			.featurePlan(FeaturePlan.ESSENTIALS)
			.signInPolicy(SignInPolicy.builder()
				.allowedFirstAuthFactors(AllowedFirstAuthFactors.builder().password(true).passkey(true).build())
				.build())
			// a passkey is a single factor here, so it must prove the person (PIN,
			// fingerprint, face), not only the device
			.passkeyUserVerification(PasskeyUserVerification.REQUIRED)
			.passkeyRelyingPartyId(props.passkeyRelyingPartyId())
			.deletionProtection(props.deletionProtection())
			.removalPolicy(props.removalPolicy())
			.build();
		NagAcknowledgments.acknowledge(pool, "COG2", "MFA is off by design: the SMS one-time code, or a passkey "
				+ "with user verification, is the single factor of this passwordless sign-in");
		NagAcknowledgments.acknowledge(pool, "COG3", "Threat protection needs the Plus feature plan (a per-user "
				+ "monthly cost); SMS abuse is limited by the WAF rate rule and by the triggers instead");
		NagAcknowledgments.acknowledge(pool, "COG8", "The Plus feature plan costs per monthly active user and adds "
				+ "nothing this sign-in uses; abuse is limited by the WAF rate rule and by the triggers");
		return pool;
	}

	private UserPoolClient createClient(PasswordlessUserPoolProps props) {
		// locale: the language the person's codes are sent in, set by the app at sign-up
		StandardAttributesMask readable = StandardAttributesMask.builder()
			.fullname(true)
			.locale(true)
			.phoneNumber(true)
			.phoneNumberVerified(true)
			.build();
		// not the phone number: it is the user name, and changing it would need a flow
		// that verifies the new number first
		StandardAttributesMask writable = StandardAttributesMask.builder().fullname(true).locale(true).build();
		// confidential: every call needs SECRET_HASH, so only the web app can start a
		// sign-in or a sign-up (StoredClientSecret keeps the secret for it). Custom auth
		// is the SMS code, user auth the passkey; no password flows
		// (ALLOW_USER_PASSWORD_AUTH, ALLOW_USER_SRP_AUTH)
		return this.userPool.addClient("WebClient",
				UserPoolClientOptions.builder()
					.generateSecret(true)
					.disableOAuth(true)
					.authFlows(AuthFlow.builder().custom(true).user(true).build())
					.preventUserExistenceErrors(true)
					.enableTokenRevocation(true)
					.authSessionValidity(minutes(props.authSessionValidity()))
					.accessTokenValidity(minutes(props.accessTokenValidity()))
					.idTokenValidity(minutes(props.idTokenValidity()))
					.refreshTokenValidity(minutes(props.refreshTokenValidity()))
					.readAttributes(new ClientAttributes().withStandardAttributes(readable))
					.writeAttributes(new ClientAttributes().withStandardAttributes(writable))
					.build());
	}

	private static Duration minutes(java.time.Duration duration) {
		return Duration.minutes(duration.toMinutes());
	}

	UserPool userPool() {
		return this.userPool;
	}

	UserPoolClient client() {
		return this.client;
	}

}
